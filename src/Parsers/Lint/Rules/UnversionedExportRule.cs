using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>ELF: a library that versions its symbols exports some outside any version node.</summary>
internal sealed class UnversionedExportRule : ILintRule
{
    public LintRuleInfo Info { get; } = new(
        "unversioned-export",
        "Export outside any version node",
        "In a library with a version script, an unversioned export escaped it: it carries no version for the loader to check, so a later change to it cannot be given a new version alongside the old one.",
        LintEvidence.Symbols,
        LintLevel.Note,
        "Add the symbol to a version node in the version script, or hide it (local: *).");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        var snapshot = context.Snapshot;
        if (snapshot.Format != BinaryFormat.Elf || !snapshot.VersionNodes.Any(v => !v.IsBase))
        {
            return;
        }

        var nodes = snapshot.VersionNodes.Where(v => v.IsBase).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var loose = snapshot.Exports
            .Where(e => e.Name is not null && e.Address is not null && e.Kind is not SymbolKind.Absolute && (e.Version is null || nodes.Contains(e.Version)))
            .ToList();
        if (loose.Count == 0)
        {
            return;
        }

        var names = loose.Take(6).Select(e => context.Demangled(e) ?? e.Name!).ToList();
        findings.Add(context.GroupFinding(Info, loose,
            $"{loose.Count} export{(loose.Count == 1 ? " is" : "s are")} in no version node ({string.Join(", ", names.Take(5))}{(loose.Count > 5 ? ", ..." : "")}) while the library defines {snapshot.VersionNodes.Count(v => !v.IsBase)} version node(s)."));
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>A library whose exports are mostly C also exports a few mangled C++ or Rust symbols.</summary>
internal sealed class MangledExportsRule : ILintRule
{
    /// <summary>The share of C names from which a library counts as a C library.</summary>
    private const double CShare = 0.8;

    public LintRuleInfo Info { get; } = new(
        "mangled-exports-in-c-library",
        "Mangled C++/Rust exports in a C library",
        "A C library's contract is its C names; a handful of mangled exports are implementation details that leaked, and they tie every consumer to one compiler's name mangling and one standard library.",
        LintEvidence.Symbols,
        LintLevel.Warning,
        "Mark the C++/Rust internals hidden (-fvisibility=hidden, #[no_mangle] only on the API, a version script with local: *).");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        var defined = context.Snapshot.Exports.Where(e => e.Name is not null && e.Address is not null && e.Kind is SymbolKind.Function or SymbolKind.Object).ToList();
        var mangled = defined.Where(e => !DebugInfoExports.IsCName(e.Name!)).ToList();
        int c = defined.Count - mangled.Count;
        if (mangled.Count == 0 || c < 10 || c < CShare * defined.Count)
        {
            return;
        }

        var names = mangled.Take(4).Select(e => context.Demangled(e) ?? e.Name!).Distinct().ToList();
        findings.Add(context.GroupFinding(Info, mangled,
            $"{c} of {defined.Count} exports are C names, but {mangled.Count} are mangled: {string.Join("; ", names.Take(3))}{(mangled.Count > 3 ? "; ..." : "")}."));
    }
}

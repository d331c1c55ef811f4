using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>A library hands out writable buffers by their types but exports no way to free anything.</summary>
internal sealed class OwnedBufferRule : ILintRule
{
    public LintRuleInfo Info { get; } = new(
        "owned-buffer-without-free",
        "Owned buffer without a free function",
        "A function returning a writable char * or void * hands the caller memory to release; if the library exports no release at all, the caller must guess at free(), which is wrong whenever the library's heap is not the caller's.",
        LintEvidence.DebugInfo,
        LintLevel.Warning,
        "Export a matching free function (thing_string_free), or return const pointers to memory the library keeps.");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        if (context.Abi is null)
        {
            return;
        }

        // Any release-like export (foo_free, foo_release, xfree) means the library has an answer.
        bool anyRelease = context.Snapshot.Exports.Any(e => e.Name is { } n && (n.Contains("free", StringComparison.OrdinalIgnoreCase)
            || n.Split('_').Any(w => AllocatorBoundaryRule.Releases.Contains(w))));
        if (anyRelease)
        {
            return;
        }

        foreach (var (export, function) in DebugInfoExports.Functions(context))
        {
            if (DebugInfoExports.IsCName(export.Name!) && context.Type(function.Return) is { Kind: AbiTypeKind.Pointer } pointer
                && context.Type(pointer.Target) is var target && (target is null || target.Kind is AbiTypeKind.Void || (target.Kind == AbiTypeKind.Base && target.Name.EndsWith("char", StringComparison.Ordinal))))
            {
                findings.Add(context.Finding(Info, export,
                    $"returns a writable `{context.Spell(function.Return)}` and the library exports no function to free it."));
            }
        }
    }
}

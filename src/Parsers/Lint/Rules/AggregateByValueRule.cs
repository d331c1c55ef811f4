using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>An exported function takes or returns a struct or union by value.</summary>
internal sealed class AggregateByValueRule : ILintRule
{
    /// <remarks>
    /// Only exports with C names: a C++ method taking an iterator or a string_view by value is the
    /// language's idiom, and its layout is tied to the C++ ABI anyway; the C boundary is where a
    /// struct by value is a choice.
    /// </remarks>
    public LintRuleInfo Info { get; } = new(
        "aggregate-by-value",
        "Struct or union passed by value",
        "A struct passed or returned by value freezes its size and layout into every caller, and how it travels (registers, split, stack, hidden pointer) changes when a member is added or retyped.",
        LintEvidence.DebugInfo,
        LintLevel.Warning,
        "Pass a pointer (const struct x *) or an opaque handle; return through an out-parameter or an allocated object.");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        var abi = context.Image?.Abi ?? (context.Snapshot.Arch == "x86_64" ? context.Snapshot.Format == BinaryFormat.PE ? CallingAbi.Windows : CallingAbi.SysV : CallingAbi.None);
        foreach (var (export, function) in DebugInfoExports.CFunctions(context))
        {
            if (Aggregate(context, function.Return) is { } returned)
            {
                findings.Add(context.Finding(Info, export,
                    $"returns {returned.Name} ({returned.Size} bytes) by value: {AggregatePassing.Describe(context, returned, isReturn: true, abi)}."));
            }

            int index = 0;
            foreach (var p in function.Parameters)
            {
                index++;
                if (!p.Artificial && Aggregate(context, p.Type) is { } passed)
                {
                    string name = p.Name is null ? $"parameter {index}" : $"parameter {index} `{p.Name}`";
                    findings.Add(context.Finding(Info, export,
                        $"takes {name} as {passed.Name} ({passed.Size} bytes) by value: {AggregatePassing.Describe(context, passed, isReturn: false, abi)}."));
                }
            }
        }
    }

    /// <summary>
    /// A defined aggregate whose members the debug info lists. One it lists none of cannot be
    /// classified, and is often not passed as an aggregate at all: glibc's <c>__SOCKADDR_ARG</c> is
    /// a GCC transparent union, which travels as its first member, a pointer.
    /// </summary>
    private static AbiType? Aggregate(LintContext context, string? id)
        => context.Strip(id) is { Kind: AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union, Declaration: false } t
           && (t.Fields.Count > 0 || t.Bases.Count > 0) ? t : null;
}

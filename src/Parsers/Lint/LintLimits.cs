namespace AbiPortal.Parsers.Lint;

/// <summary>
/// Caps on what one lint may do, so that a hostile or huge upload stays bounded: code is decoded
/// along its control flow only up to these budgets, and unwind tables are read up to these counts.
/// A budget that runs out ends in a diagnostic and fewer findings, never a hang.
/// </summary>
public sealed record LintLimits
{
    public static LintLimits Default { get; } = new();

    /// <summary>Instructions decoded in one function.</summary>
    public int MaxInstructionsPerFunction { get; init; } = 20_000;

    /// <summary>Basic blocks followed in one function.</summary>
    public int MaxBlocksPerFunction { get; init; } = 4_000;

    /// <summary>Instructions decoded in the whole file (libLLVM-14 needs about 9 million).</summary>
    public long MaxInstructionsPerFile { get; init; } = 40_000_000;

    /// <summary>Bytes of one function read when the symbol has no size (PE exports, hand-written assembly).</summary>
    public int MaxUnsizedFunctionBytes { get; init; } = 64 * 1024;

    /// <summary>CIE and FDE records read from <c>.eh_frame</c>.</summary>
    public int MaxUnwindRecords { get; init; } = 1 << 21;

    /// <summary>Call-site and action records read from one LSDA.</summary>
    public int MaxLsdaEntries { get; init; } = 1 << 14;

    /// <summary>Caps for reading the file's headers and tables again to map its code.</summary>
    public ParseLimits ParseLimits { get; init; } = ParseLimits.Default;

    /// <summary>Findings of one rule in one file; the rest are counted in a note.</summary>
    public int MaxFindingsPerRule { get; init; } = 500;
}

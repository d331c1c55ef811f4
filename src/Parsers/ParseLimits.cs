namespace AbiPortal.Parsers;

/// <summary>
/// Caps on what one parse may do, in one place. Every count read from a file is checked against
/// the bytes that remain first; these caps bound the work even for files whose counts are
/// technically possible but hostile (a server parses uploads from strangers).
/// </summary>
public sealed record ParseLimits
{
    public static ParseLimits Default { get; } = new();

    public int MaxSections { get; init; } = 1 << 20;
    public int MaxSegments { get; init; } = 1 << 16;
    public int MaxSymbols { get; init; } = 1 << 24;
    public int MaxLoadCommands { get; init; } = 1 << 16;
    public int MaxArchiveMembers { get; init; } = 1 << 20;
    public int MaxFatSlices { get; init; } = 64;
    public int MaxStringLength { get; init; } = 1 << 16;
    public int MaxTrieDepth { get; init; } = 128;
    public int MaxTrieNodes { get; init; } = 1 << 22;
    public int MaxDynamicEntries { get; init; } = 1 << 16;
    public int MaxVersionEntries { get; init; } = 1 << 16;
    public int MaxHashChainSteps { get; init; } = 1 << 26;
    public int MaxImportDescriptors { get; init; } = 1 << 14;
    public int MaxNestingDepth { get; init; } = 4;
    public int MaxDiagnostics { get; init; } = 1000;

    /// <summary>Decompressed bytes of all debug sections of one file together (SHF_COMPRESSED, <c>.zdebug_*</c>).</summary>
    public long MaxDebugSectionBytes { get; init; } = 1L << 30;

    /// <summary>Largest decompressed/compressed ratio accepted for one debug section (zlib tops out near 1032:1 on real data).</summary>
    public int MaxCompressionRatio { get; init; } = 2048;

    /// <summary>DWARF DIEs read (walked, skipped or re-read) while building one ABI surface: the work budget.</summary>
    public long MaxDwarfDies { get; init; } = 1L << 30;

    /// <summary>DIE tree nesting, and the length of a type chain (pointer to const to typedef...) followed at once.</summary>
    public int MaxDwarfDepth { get; init; } = 256;

    /// <summary>Distinct types in one ABI surface (the type graph).</summary>
    public int MaxDwarfTypes { get; init; } = 1 << 21;

    /// <summary>Wall-clock budget for reading one file's debug info into an ABI surface.</summary>
    public TimeSpan MaxDwarfTime { get; init; } = TimeSpan.FromMinutes(2);
}

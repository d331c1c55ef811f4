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
}

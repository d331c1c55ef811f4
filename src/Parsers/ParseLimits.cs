namespace AbiPortal.Parsers;

/// <summary>
/// Caps on what one parse may do, in one place. Every count read from a file is checked against
/// the bytes that remain first; these caps bound the work even for files whose counts are
/// technically possible but hostile (a server parses uploads from strangers).
/// </summary>
/// <remarks>
/// The per-table caps (<see cref="MaxSymbols"/>, <see cref="MaxSections"/>...) apply to each
/// table of each member. <see cref="MaxDiagnostics"/>, <see cref="MaxRows"/> and the work budget
/// (<see cref="MaxWorkBase"/>, <see cref="MaxWorkPerInputByte"/>) apply to the whole file read
/// by one <c>SnapshotReader.Read</c>, archive members and fat slices included, so that nesting
/// cannot multiply them. When any cap stops reading, the snapshot says so (diagnostic GEN0009,
/// <c>Snapshot.IsPartial</c>); docs/snapshot.md lists the caps and their defaults.
/// </remarks>
public sealed record ParseLimits
{
    public static ParseLimits Default { get; } = new();

    public int MaxSections { get; init; } = 1 << 20;
    public int MaxSegments { get; init; } = 1 << 16;
    public int MaxSymbols { get; init; } = 1 << 24;
    public int MaxLoadCommands { get; init; } = 1 << 16;

    /// <summary>Members of one archive. An import library of a DLL with the most exports a PE can name (65,535) has about that many members plus three.</summary>
    public int MaxArchiveMembers { get; init; } = 1 << 17;

    public int MaxFatSlices { get; init; } = 64;
    public int MaxStringLength { get; init; } = 1 << 16;
    public int MaxTrieDepth { get; init; } = 128;
    public int MaxTrieNodes { get; init; } = 1 << 22;
    public int MaxDynamicEntries { get; init; } = 1 << 16;
    public int MaxVersionEntries { get; init; } = 1 << 16;
    public int MaxHashChainSteps { get; init; } = 1 << 26;
    public int MaxImportDescriptors { get; init; } = 1 << 14;
    public int MaxNestingDepth { get; init; } = 4;

    /// <summary>Diagnostics kept for all the members of a file together (the top-level snapshot keeps up to as many of its own); the rest are dropped (GEN0008).</summary>
    public int MaxDiagnostics { get; init; } = 1000;

    /// <summary>Decompressed bytes of all debug sections of one file together (SHF_COMPRESSED, <c>.zdebug_*</c>).</summary>
    public long MaxDebugSectionBytes { get; init; } = 1L << 30;

    /// <summary>
    /// Decompressed debug bytes allowed per byte of the file that holds them, on top of a fixed
    /// 16 MiB (and never past <see cref="MaxDebugSectionBytes"/>). Real debug info deflates 3-10
    /// times; DIEs that repeat one pattern deflate a thousandfold, and a small upload must not
    /// inflate to a gigabyte.
    /// </summary>
    public int MaxDebugBytesPerInputByte { get; init; } = 64;

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

    /// <summary>
    /// Rows kept for the whole file: exports, imports, dependencies, version nodes and members,
    /// over every member. The rows past it are dropped (GEN0005); each is a database row on the server.
    /// </summary>
    public int MaxRows { get; init; } = 1 << 20;

    /// <summary>
    /// The fixed part of the work budget, in bytes. The budget bounds what the readers build from
    /// one file (names at two bytes a character, entries at about 64 bytes each, demangled names):
    /// <see cref="MaxWorkBase"/> + <see cref="MaxWorkPerInputByte"/> × the file's size. Real
    /// binaries use a fraction of it; inputs that name one long string from many entries, or
    /// point many tables at the same bytes, run out of it and are read partially.
    /// </summary>
    public long MaxWorkBase { get; init; } = 1 << 18;

    /// <summary>The part of the work budget that grows with the file: bytes of work per byte of input.</summary>
    public int MaxWorkPerInputByte { get; init; } = 16;
}

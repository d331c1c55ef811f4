namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// Whether and where <see cref="SnapshotReader"/> reads debug info (DWARF) into
/// <see cref="Snapshot.Abi"/>. By default it reads the debug info a binary carries and, for files
/// read from disk, looks for a separate debug file as gdb does: by build id under
/// <see cref="DebugRoots"/>, by <c>.gnu_debuglink</c> beside the binary, and for Mach-O in the
/// <c>X.dSYM</c> bundle next to it. All reading is bounded by <see cref="ParseLimits"/>.
/// </summary>
public sealed record DebugInfoOptions
{
    public static DebugInfoOptions Default { get; } = new();

    /// <summary>Read no debug info: snapshots have no <see cref="Snapshot.Abi"/>.</summary>
    public static DebugInfoOptions None { get; } = new() { Read = false };

    /// <summary>Only the debug info inside the bytes being read; no file system look-ups (what a server parsing uploads wants).</summary>
    public static DebugInfoOptions EmbeddedOnly { get; } = new() { SearchSeparateFiles = false };

    /// <summary>Read debug info at all.</summary>
    public bool Read { get; init; } = true;

    /// <summary>
    /// Look for a separate debug file on disk when the binary has no debug info of its own (only
    /// for top-level files read by path): <c>ROOT/.build-id/ab/cdef….debug</c>, then the
    /// <c>.gnu_debuglink</c> name in the binary's folder, its <c>.debug/</c> subfolder and
    /// <c>ROOT/</c> + the binary's folder; for Mach-O, <c>X.dSYM/Contents/Resources/DWARF/X</c>.
    /// </summary>
    public bool SearchSeparateFiles { get; init; } = true;

    /// <summary>Global debug folders (gdb's debug-file-directory); default <c>/usr/lib/debug</c>.</summary>
    public IReadOnlyList<string> DebugRoots { get; init; } = ["/usr/lib/debug"];

    /// <summary>
    /// A separate debug file to use, by path: an ELF debug file (<c>objcopy --only-keep-debug</c>)
    /// or a Mach-O dSYM's DWARF file. It must carry the binary's build id (or UUID) when both have
    /// one. Applies to the top-level file only.
    /// </summary>
    public string? DebugFile { get; init; }

    /// <summary>The DWZ supplementary file (<c>.gnu_debugaltlink</c>) by path, when it is not where the link says.</summary>
    public string? SupplementaryFile { get; init; }
}

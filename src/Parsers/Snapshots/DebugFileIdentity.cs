namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// What a file says about debug info, for pairing a stripped binary with a debug file uploaded on
/// its own (<see cref="AbiSurfaceReader.Identify"/>): its build ids, whether it carries DWARF,
/// and the files it links to.
/// </summary>
public sealed record DebugFileIdentity
{
    /// <summary>The container format.</summary>
    public BinaryFormat Format { get; init; }

    /// <summary>ELF NT_GNU_BUILD_ID, or each Mach-O slice's LC_UUID, in the spelling of <see cref="SnapshotIdentity.BuildId"/>.</summary>
    public IReadOnlyList<string> BuildIds { get; init; } = [];

    /// <summary>True when the file has DWARF units (<c>.debug_info</c> or <c>__DWARF,__debug_info</c>).</summary>
    public bool HasDebugInfo { get; init; }

    /// <summary><c>.gnu_debuglink</c>: the name of the separate debug file a stripped binary expects.</summary>
    public string? DebugLink { get; init; }

    /// <summary><c>.gnu_debugaltlink</c> / <c>.debug_sup</c>: the DWZ supplementary file it needs.</summary>
    public string? SupplementaryFile { get; init; }

    /// <summary>The supplementary file's build id (hex), when the link gives one.</summary>
    public string? SupplementaryBuildId { get; init; }

    /// <summary>
    /// True for a file that holds only debug info for a binary kept elsewhere: ELF written by
    /// <c>objcopy --only-keep-debug</c> or <c>eu-strip -f</c> (every allocated section but notes is
    /// SHT_NOBITS: the code and data are left out, the build-id note kept), or a dSYM (MH_DSYM).
    /// A server shows such an upload as the debug file of its build id, not as a library.
    /// </summary>
    public bool IsDebugOnly { get; init; }

    /// <summary>True for a DWZ supplementary file itself (no exports; other debug files point into it).</summary>
    public bool IsSupplementary { get; init; }
}

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// What an <see cref="AbiSurface"/> was read from, so that every report can say what it checked:
/// "symbols + debug info (DWARF 5, 12 units)", and whether caps cut it short.
/// </summary>
public sealed record AbiEvidence
{
    /// <summary>The debug format: <c>dwarf</c>.</summary>
    public string Format { get; init; } = "dwarf";

    /// <summary>Lowest unit version read (2 to 5).</summary>
    public int MinVersion { get; init; }

    /// <summary>Highest unit version read (2 to 5).</summary>
    public int MaxVersion { get; init; }

    /// <summary>Compile, partial and type units read.</summary>
    public int Units { get; init; }

    /// <summary>
    /// Where the debug info was found: <c>embedded</c> (in the binary itself), <c>build-id</c>
    /// (a separate file matched by GNU build-id), <c>debuglink</c> (a separate file named by
    /// <c>.gnu_debuglink</c>, CRC checked), <c>dsym</c> (a Mach-O dSYM companion), <c>explicit</c>
    /// (a separate file given by the caller: <see cref="DebugInfoOptions.DebugFile"/>, or the
    /// bytes passed to <see cref="AbiSurfaceReader.Attach"/>; its build id checked).
    /// </summary>
    public string Source { get; init; } = "embedded";

    /// <summary>File name of the separate debug file, when <see cref="Source"/> is not <c>embedded</c>.</summary>
    public string? DebugFile { get; init; }

    /// <summary>File name of the DWZ supplementary file (<c>.gnu_debugaltlink</c>), when one was used.</summary>
    public string? SupplementaryFile { get; init; }

    /// <summary>True when a cap (<see cref="ParseLimits"/>) or damage cut the surface short; see the snapshot's diagnostics.</summary>
    public bool Partial { get; init; }
}

namespace AbiPortal.Client.Contracts;

/// <summary>An artifact's ABI surface at a glance, with a page of its exports' declarations.</summary>
/// <param name="ArtifactId">The artifact.</param>
/// <param name="Status">Its parse status; the surface exists only once it is ready.</param>
/// <param name="Evidence">"symbols only", or "symbols + debug info (DWARF 5, 3 units)" with where it came from and whether caps cut it.</param>
/// <param name="HasSurface">True when the debug info was read.</param>
/// <param name="Partial">True when a cap (ParseLimits) or damage cut the surface short (the diagnostics say which).</param>
/// <param name="Source">Where the debug info was found: <c>embedded</c>, or <c>explicit</c> for a paired debug file.</param>
/// <param name="DebugFile">The paired debug file's name, when the surface came from one.</param>
/// <param name="Functions">Exported functions the debug info describes.</param>
/// <param name="Variables">Exported variables the debug info describes.</param>
/// <param name="Types">Types reachable from them.</param>
/// <param name="Exports">Exports of the binary (top level).</param>
/// <param name="Declarations">The page of exports asked for, each with its declaration or none.</param>
/// <param name="Unavailable">Why there is no surface to show (not parsed yet, failed, a debug file), else null.</param>
/// <param name="Member">The member shown (a universal file's slice, an archive's object), or null for the top-level file.</param>
/// <param name="Members">Members with a surface of their own, which <c>member=</c> selects; a universal binary's surfaces are all there.</param>
public sealed record AbiOverview(
    long ArtifactId,
    ArtifactStatus Status,
    string Evidence,
    bool HasSurface,
    bool Partial,
    string? Source,
    string? DebugFile,
    int Functions,
    int Variables,
    int Types,
    int Exports,
    PagedResult<AbiDeclarationRow> Declarations,
    string? Unavailable,
    string? Member = null,
    IReadOnlyList<string>? Members = null);

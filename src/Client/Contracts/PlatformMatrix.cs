using AbiPortal.Parsers.Matrix;

namespace AbiPortal.Client.Contracts;

/// <summary>
/// One version of a library across its platform builds: the ready builds of that version
/// (releases and pre-releases; pull-request builds are not a platform) are the columns.
/// </summary>
/// <param name="Library">The library label.</param>
/// <param name="Version">The version label.</param>
/// <param name="Matrix">The matrix of the ready builds (immutable; shared between requests).</param>
/// <param name="Pending">Uploads of this version that are no column: queued, parsing or failed.</param>
public sealed record PlatformMatrix(string Library, string Version, ExportMatrix Matrix, IReadOnlyList<PlatformBuild> Pending);

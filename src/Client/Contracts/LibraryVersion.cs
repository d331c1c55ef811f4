namespace AbiPortal.Client.Contracts;

/// <summary>One upload on a library's version list, compared with the one before it.</summary>
/// <param name="Artifact">The upload.</param>
/// <param name="PreviousArtifactId">The upload it is compared with (the previous release of the same platform), if any.</param>
/// <param name="Verdict">The diff verdict against the previous upload (the diff engine's word: <c>none</c>, <c>compatible</c>, <c>risk</c>, <c>api-break</c> or <c>incompatible</c>), null when there is no previous upload or either side is not ready.</param>
/// <param name="Added">Exports added against the previous upload, as the diff counts them (<c>export-added</c>), when compared.</param>
/// <param name="Removed">Exports removed against the previous upload, as the diff counts them (<c>export-removed</c> and <c>ordinal-export-removed</c>; a symbol that only moved to another version node is not one), when compared.</param>
/// <param name="Incompatible">Incompatible changes against the previous upload, when compared.</param>
/// <param name="Compatibility">
/// Backward compatibility in percent, as ABI Tracker gives it: the share of the previous upload's
/// exports that binaries built against it can still use; 0 when the file no longer loads for
/// them (another SONAME), 100 without incompatible changes. Null when not compared.
/// </param>
public sealed record LibraryVersion(ArtifactSummary Artifact, long? PreviousArtifactId, string? Verdict, int? Added, int? Removed, int? Incompatible = null, double? Compatibility = null);

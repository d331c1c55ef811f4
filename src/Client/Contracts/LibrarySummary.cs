namespace AbiPortal.Client.Contracts;

/// <summary>A library label and its uploads at a glance.</summary>
/// <param name="Name">The library label.</param>
/// <param name="ArtifactCount">Uploads with this label (all channels and platforms).</param>
/// <param name="LatestVersion">Version label of the newest upload.</param>
/// <param name="LatestArtifactId">The newest upload.</param>
/// <param name="LastUploadedAt">When the newest upload arrived.</param>
public sealed record LibrarySummary(string Name, int ArtifactCount, string? LatestVersion, long LatestArtifactId, DateTimeOffset LastUploadedAt);

namespace AbiPortal.Client.Contracts;

/// <summary>An upload of the version that is no column (yet): still queued or parsing, or failed.</summary>
/// <param name="ArtifactId">The upload.</param>
/// <param name="FileName">Its file name.</param>
/// <param name="Platform">Its platform label, if any.</param>
/// <param name="Status">Its parse status.</param>
public sealed record PlatformBuild(long ArtifactId, string FileName, string? Platform, ArtifactStatus Status);

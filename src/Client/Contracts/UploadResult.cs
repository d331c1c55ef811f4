namespace AbiPortal.Client.Contracts;

/// <summary>The answer to an upload.</summary>
/// <param name="Outcome">Created, existing or rejected.</param>
/// <param name="Artifact">The stored artifact; null when rejected.</param>
/// <param name="Problem">Why it was rejected; null otherwise.</param>
public sealed record UploadResult(UploadOutcome Outcome, ArtifactSummary? Artifact, string? Problem);

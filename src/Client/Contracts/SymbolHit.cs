namespace AbiPortal.Client.Contracts;

/// <summary>An artifact that exports a searched name.</summary>
/// <param name="Artifact">The artifact (its labels say which library and version).</param>
/// <param name="Export">The matching export row.</param>
public sealed record SymbolHit(ArtifactSummary Artifact, ExportRow Export);

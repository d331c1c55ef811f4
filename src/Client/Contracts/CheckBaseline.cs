namespace AbiPortal.Client.Contracts;

/// <summary>Which stored artifact served as the baseline of a check.</summary>
/// <param name="ArtifactId">Its id.</param>
/// <param name="Library">Its library label.</param>
/// <param name="Version">Its version label.</param>
public sealed record CheckBaseline(long ArtifactId, string? Library, string? Version);

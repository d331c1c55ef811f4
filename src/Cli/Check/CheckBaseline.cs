namespace AbiPortal.Cli.Check;

/// <summary>Which stored artifact served as the baseline.</summary>
internal sealed record CheckBaseline(long ArtifactId, string? Library, string? Version);

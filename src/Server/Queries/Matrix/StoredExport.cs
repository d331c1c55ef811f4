namespace AbiPortal.Server.Queries;

/// <summary>The export columns the name normalizer reads.</summary>
internal sealed record StoredExport(long ArtifactId, int Id, string? Name, string? Demangled, string? Version, string? ImportedName, int Kind, string? Member);

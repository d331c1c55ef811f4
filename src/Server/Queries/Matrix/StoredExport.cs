using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Queries;

/// <summary>The export columns the name normalizer reads.</summary>
internal sealed record StoredExport(long ArtifactId, int Id, string? Name, string? Demangled, string? Version, string? ImportedName, SymbolKind Kind, string? Member);

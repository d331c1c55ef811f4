namespace AbiPortal.Client.Contracts;

/// <summary>Whether one upload of a library has an export of the same name (and version).</summary>
/// <param name="ArtifactId">The upload.</param>
/// <param name="Version">Its version label.</param>
/// <param name="Platform">Its platform label.</param>
/// <param name="ExportId">The matching export there, or null when that upload lacks it.</param>
public sealed record SymbolPresence(long ArtifactId, string? Version, string? Platform, int? ExportId);

namespace AbiPortal.Client.Contracts;

/// <summary>Whether one upload of a library exports a symbol of the same name.</summary>
/// <param name="ArtifactId">The upload.</param>
/// <param name="Version">Its version label.</param>
/// <param name="Platform">Its platform label.</param>
/// <param name="ExportId">The matching export there, or null when that upload lacks it.</param>
/// <param name="SymbolVersion">
/// The symbol version the match carries there (ELF version node), or null when unversioned or
/// absent. It may differ from the symbol's own version: a symbol that moved from <c>V1</c> to
/// <c>V2</c> still exists in the newer upload, and the table says under which node.
/// </param>
public sealed record SymbolPresence(long ArtifactId, string? Version, string? Platform, int? ExportId, string? SymbolVersion = null);

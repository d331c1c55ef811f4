using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Matrix;

/// <summary>One export as the matrix reads it, from a snapshot or from a stored row.</summary>
/// <param name="Name">Raw name.</param>
/// <param name="Demangled">Demangled text when known; the normalizer demangles C++ names itself otherwise.</param>
/// <param name="Version">ELF symbol version.</param>
/// <param name="ImportedName">Import-library entries: the DLL's name for it.</param>
/// <param name="Kind">Symbol kind.</param>
/// <param name="Scheme">How its file decorates names (members of one archive may differ).</param>
/// <param name="Id">Stored export id, for links; null for local files.</param>
public sealed record MatrixExport(string? Name, string? Demangled, string? Version, string? ImportedName, SymbolKind Kind, NameScheme Scheme, int? Id = null);

namespace AbiPortal.Parsers.PE;

/// <summary>One entry of an import lookup table: by name (with its hint) or by ordinal.</summary>
/// <param name="Name">Imported name, or null for an import by ordinal.</param>
/// <param name="Hint">Index into the exporter's name table the linker guessed; null for ordinal imports.</param>
/// <param name="Ordinal">Imported ordinal; null for imports by name.</param>
public sealed record PEImportedFunction(string? Name, ushort? Hint, ushort? Ordinal);

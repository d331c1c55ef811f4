namespace AbiPortal.Parsers.PE;

/// <summary>One export of a PE image, as <c>dumpbin /EXPORTS</c> lists it.</summary>
/// <param name="Ordinal">Ordinal with the directory's <c>Base</c> applied.</param>
/// <param name="Name">Exported name, or null for an ordinal-only (NONAME) export.</param>
/// <param name="Rva">Address of the export; null for a forwarder.</param>
/// <param name="Forwarder">Forwarder string (<c>OTHER.Function</c> or <c>OTHER.#12</c>), or null.</param>
/// <param name="Section">Name of the section the RVA falls in, or null.</param>
/// <param name="IsData">True when the RVA lies in a section that holds no code.</param>
public sealed record PEExportEntry(uint Ordinal, string? Name, uint? Rva, string? Forwarder, string? Section, bool IsData);

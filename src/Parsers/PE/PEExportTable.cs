namespace AbiPortal.Parsers.PE;

/// <summary>The export directory (IMAGE_EXPORT_DIRECTORY) and its entries.</summary>
/// <param name="DllName">The directory's own <c>Name</c>: the DLL name the linker recorded.</param>
/// <param name="TimeDateStamp">The directory's <c>TimeDateStamp</c>.</param>
/// <param name="OrdinalBase">The directory's <c>Base</c>, added to every address-table index.</param>
/// <param name="Entries">Exports in ordinal order; empty address-table slots are skipped.</param>
public sealed record PEExportTable(string? DllName, uint TimeDateStamp, uint OrdinalBase, IReadOnlyList<PEExportEntry> Entries);

namespace AbiPortal.Parsers.Dwarf;

/// <summary>How the binary's export names and addresses relate to its debug info.</summary>
/// <param name="Relocatable">Addresses are section offsets (ET_REL, MH_OBJECT): only names are compared.</param>
/// <param name="LeadingUnderscore">Export names carry the C underscore prefix (Mach-O) that DWARF names lack.</param>
/// <param name="ThumbBit">ARM: function export addresses may have bit 0 set for Thumb code.</param>
internal readonly record struct ExportMatching(bool Relocatable, bool LeadingUnderscore, bool ThumbBit);

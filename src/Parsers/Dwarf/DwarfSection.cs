namespace AbiPortal.Parsers.Dwarf;

/// <summary>The debug sections the reader uses (ELF <c>.debug_*</c>, Mach-O <c>__DWARF,__debug_*</c>).</summary>
internal enum DwarfSection
{
    Info,
    Abbrev,
    Str,
    LineStr,
    StrOffsets,
    Addr,
    Line,
    Types,
    Sup,
}

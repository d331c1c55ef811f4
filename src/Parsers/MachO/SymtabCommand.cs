namespace AbiPortal.Parsers.MachO;

/// <summary>symtab_command (mach-o/loader.h), LC_SYMTAB.</summary>
internal readonly record struct SymtabCommand(uint symoff, uint nsyms, uint stroff, uint strsize)
{
    public const int Size = 24;
}

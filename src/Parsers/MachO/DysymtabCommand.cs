namespace AbiPortal.Parsers.MachO;

/// <summary>dysymtab_command (mach-o/loader.h), LC_DYSYMTAB: the three ranges of the symbol table (local, external defined, undefined).</summary>
internal readonly record struct DysymtabCommand(uint ilocalsym, uint nlocalsym, uint iextdefsym, uint nextdefsym, uint iundefsym, uint nundefsym)
{
    public const int Size = 80;
}

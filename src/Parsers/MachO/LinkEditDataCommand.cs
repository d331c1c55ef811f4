namespace AbiPortal.Parsers.MachO;

/// <summary>linkedit_data_command (mach-o/loader.h), e.g. LC_DYLD_EXPORTS_TRIE.</summary>
internal readonly record struct LinkEditDataCommand(uint cmd, uint dataoff, uint datasize)
{
    public const int Size = 16;
}

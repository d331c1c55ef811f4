namespace AbiPortal.Parsers.MachO;

/// <summary>dyld_info_command (mach-o/loader.h), LC_DYLD_INFO and LC_DYLD_INFO_ONLY: the fields for the export trie.</summary>
internal readonly record struct DyldInfoCommand(uint export_off, uint export_size)
{
    public const int Size = 48;
}

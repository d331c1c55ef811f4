namespace AbiPortal.Parsers.MachO;

/// <summary>entry_point_command (mach-o/loader.h), LC_MAIN: the file offset of main().</summary>
internal readonly record struct EntryPointCommand(ulong entryoff, ulong stacksize)
{
    public const int Size = 24;
}

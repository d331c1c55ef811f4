namespace AbiPortal.Parsers.MachO;

/// <summary>segment_command / segment_command_64 (mach-o/loader.h), the fields the reader uses.</summary>
internal readonly record struct SegmentCommand(string segname, ulong vmaddr, ulong vmsize, ulong fileoff, ulong filesize, uint nsects)
{
    public const int Size32 = 56;
    public const int Size64 = 72;
}

namespace AbiPortal.Parsers.MachO;

/// <summary>fat_arch / fat_arch_64 (mach-o/fat.h): one slice of a universal file; always big endian.</summary>
internal readonly record struct FatArch(int cputype, int cpusubtype, ulong offset, ulong size, uint align)
{
    public const int Size32 = 20;
    public const int Size64 = 32;
}

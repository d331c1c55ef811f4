namespace AbiPortal.Parsers.MachO;

/// <summary>fat_header (mach-o/fat.h): FAT_MAGIC or FAT_MAGIC_64 and the slice count, big endian.</summary>
internal readonly record struct FatHeader(uint magic, uint nfat_arch)
{
    public const int Size = 8;

    public bool Is64 => magic == MachOConstants.FAT_MAGIC_64;
}

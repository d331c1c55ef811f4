using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.MachO;

/// <summary>mach_header / mach_header_64 (mach-o/loader.h); the 64-bit form adds a reserved word.</summary>
internal readonly record struct MachHeader(uint magic, int cputype, int cpusubtype, uint filetype, uint ncmds, uint sizeofcmds, uint flags, bool Is64)
{
    public const int Size32 = 28;
    public const int Size64 = 32;

    /// <summary>Size of this header, where the load commands start.</summary>
    public int Size => Is64 ? Size64 : Size32;

    /// <summary>
    /// Decodes the magic as read little-endian: MH_MAGIC(_64) is a little-endian image,
    /// MH_CIGAM(_64) a big-endian one. False for anything else.
    /// </summary>
    public static bool TryDecodeMagic(uint magic, out bool bigEndian, out bool is64)
    {
        (bool known, bigEndian, is64) = magic switch
        {
            MachOConstants.MH_MAGIC => (true, false, false),
            MachOConstants.MH_MAGIC_64 => (true, false, true),
            MachOConstants.MH_CIGAM => (true, true, false),
            MachOConstants.MH_CIGAM_64 => (true, true, true),
            _ => (false, false, false),
        };
        return known;
    }

    /// <summary>Reads the header with the reader's byte order, which the caller chose from the magic.</summary>
    public static bool TryRead(ByteReader reader, bool is64, out MachHeader header)
    {
        header = default;
        if (!reader.IsValidRange(0, is64 ? (ulong)Size64 : Size32))
        {
            return false;
        }

        reader.TryReadUInt32(0, out uint magic);
        reader.TryReadInt32(4, out int cputype);
        reader.TryReadInt32(8, out int cpusubtype);
        reader.TryReadUInt32(12, out uint filetype);
        reader.TryReadUInt32(16, out uint ncmds);
        reader.TryReadUInt32(20, out uint sizeofcmds);
        reader.TryReadUInt32(24, out uint flags);
        header = new MachHeader(magic, cputype, cpusubtype, filetype, ncmds, sizeofcmds, flags, is64);
        return true;
    }
}

using System.Buffers.Binary;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Detection;

/// <summary>
/// Decides the format from the first bytes, in one place, as gimli's <c>object</c> crate does.
/// </summary>
public static class FormatDetector
{
    /// <summary>
    /// Fat headers with more slices than this are taken for Java class files, which share the
    /// 0xCAFEBABE magic: there the next word is the class-file version (45 or more), here the
    /// slice count. LLVM uses the same cut-off.
    /// </summary>
    private const uint MaxPlausibleFatArchCount = 42;

    /// <summary>The ClassID of an ANON_OBJECT_HEADER_BIGOBJ (PE/COFF spec, "/bigobj").</summary>
    private static ReadOnlySpan<byte> BigObjClassId =>
    [
        0xC7, 0xA1, 0xBA, 0xD1, 0xEE, 0xBA, 0xA9, 0x4B,
        0xAF, 0x20, 0xFA, 0xF6, 0x6A, 0xA4, 0xDC, 0xB8,
    ];

    public static DetectedFormat Detect(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 4 && data[0] == 0x7F && data[1] == (byte)'E' && data[2] == (byte)'L' && data[3] == (byte)'F')
        {
            return DetectedFormat.Elf;
        }

        if (data.StartsWith("!<arch>\n"u8))
        {
            return DetectedFormat.Archive;
        }

        if (data.StartsWith("!<thin>\n"u8))
        {
            return DetectedFormat.ThinArchive;
        }

        if (data.Length >= 4)
        {
            uint be = BinaryPrimitives.ReadUInt32BigEndian(data);
            switch (be)
            {
                // MH_MAGIC, MH_CIGAM, MH_MAGIC_64, MH_CIGAM_64 (mach-o/loader.h)
                case 0xFEEDFACE or 0xCEFAEDFE or 0xFEEDFACF or 0xCFFAEDFE:
                    return DetectedFormat.MachO;

                // FAT_MAGIC and FAT_MAGIC_64 (mach-o/fat.h); fat headers are always big endian.
                case 0xCAFEBABE or 0xCAFEBABF:
                    if (data.Length >= 8)
                    {
                        uint count = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                        if (count is > 0 and <= MaxPlausibleFatArchCount)
                        {
                            return DetectedFormat.Fat;
                        }
                    }

                    return DetectedFormat.Unknown;
            }
        }

        if (data.Length >= 2 && data[0] == (byte)'M' && data[1] == (byte)'Z')
        {
            return IsPE(data) ? DetectedFormat.PE : DetectedFormat.Unknown;
        }

        return DetectCoff(data);
    }

    private static bool IsPE(ReadOnlySpan<byte> data)
    {
        var reader = new ByteReader(data);
        // e_lfanew at 0x3C points at the "PE\0\0" signature.
        return reader.TryReadUInt32(0x3C, out uint lfanew)
            && reader.TryReadUInt32(lfanew, out uint signature)
            && signature == 0x00004550;
    }

    private static DetectedFormat DetectCoff(ReadOnlySpan<byte> data)
    {
        var reader = new ByteReader(data);
        if (!reader.TryReadUInt16(0, out ushort first) || !reader.TryReadUInt16(2, out ushort second))
        {
            return DetectedFormat.Unknown;
        }

        // IMPORT_OBJECT_HEADER and ANON_OBJECT_HEADER both start Sig1 = IMAGE_FILE_MACHINE_UNKNOWN, Sig2 = 0xFFFF.
        if (first == 0 && second == 0xFFFF)
        {
            if (reader.TryReadUInt16(4, out ushort version) && version >= 2 && reader.TrySlice(12, 16, out var classId) && classId.SequenceEqual(BigObjClassId))
            {
                return DetectedFormat.CoffBigObj;
            }

            return version == 0 ? DetectedFormat.CoffImport : DetectedFormat.Unknown;
        }

        // A plain COFF object has no magic: accept known machines with no optional header.
        if (IsKnownCoffMachine(first) && reader.TryReadUInt16(16, out ushort optionalHeaderSize) && optionalHeaderSize == 0 && second <= 0xFFFE)
        {
            return DetectedFormat.Coff;
        }

        return DetectedFormat.Unknown;
    }

    /// <summary>IMAGE_FILE_MACHINE_* values (PE/COFF spec, "Machine Types").</summary>
    internal static bool IsKnownCoffMachine(ushort machine) => machine switch
    {
        0x014C or 0x8664 or 0xAA64 or 0x01C4 or 0x01C0 or 0xA641 or 0xA64E or 0x0200 or 0x5064 or 0x5032 or 0x5128 or 0x6232 or 0x6264 or 0x0166 or 0x0169 or 0x01F0 or 0x01F1 or 0x01A2 or 0x01A6 or 0x01C2 or 0x0EBC => true,
        _ => false,
    };
}

using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>IMAGE_FILE_HEADER, the 20-byte COFF header (PE/COFF spec, "COFF File Header").</summary>
internal readonly record struct ImageFileHeader(
    ushort Machine,
    ushort NumberOfSections,
    uint TimeDateStamp,
    uint PointerToSymbolTable,
    uint NumberOfSymbols,
    ushort SizeOfOptionalHeader,
    ushort Characteristics)
{
    public const int Size = 20;

    /// <summary>IMAGE_FILE_DLL: the image is a dynamic-link library.</summary>
    public const ushort ImageFileDll = 0x2000;

    public static bool TryRead(ByteReader reader, ulong offset, out ImageFileHeader header)
    {
        header = default;
        if (!reader.TrySubReader(offset, Size, out var r))
        {
            return false;
        }

        r.TryReadUInt16(0, out ushort machine);
        r.TryReadUInt16(2, out ushort sections);
        r.TryReadUInt32(4, out uint timestamp);
        r.TryReadUInt32(8, out uint symbols);
        r.TryReadUInt32(12, out uint symbolCount);
        r.TryReadUInt16(16, out ushort optionalSize);
        r.TryReadUInt16(18, out ushort characteristics);
        header = new ImageFileHeader(machine, sections, timestamp, symbols, symbolCount, optionalSize, characteristics);
        return true;
    }
}

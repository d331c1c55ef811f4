using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// ANON_OBJECT_HEADER_BIGOBJ, the 56-byte header of a /bigobj COFF object (winnt.h): Sig1 = 0,
/// Sig2 = 0xFFFF, Version ≥ 2, Machine, TimeDateStamp, ClassID, SizeOfData, Flags, MetaDataSize,
/// MetaDataOffset, then 32-bit NumberOfSections, PointerToSymbolTable, NumberOfSymbols.
/// </summary>
internal readonly record struct AnonObjectHeaderBigObj(ushort Machine, uint TimeDateStamp, uint NumberOfSections, uint PointerToSymbolTable, uint NumberOfSymbols)
{
    public const int Size = 56;

    public static bool TryRead(ByteReader reader, out AnonObjectHeaderBigObj header)
    {
        header = default;
        if (!reader.TrySubReader(0, Size, out var r))
        {
            return false;
        }

        r.TryReadUInt16(6, out ushort machine);
        r.TryReadUInt32(8, out uint timestamp);
        r.TryReadUInt32(44, out uint sections);
        r.TryReadUInt32(48, out uint symbols);
        r.TryReadUInt32(52, out uint symbolCount);
        header = new AnonObjectHeaderBigObj(machine, timestamp, sections, symbols, symbolCount);
        return true;
    }
}

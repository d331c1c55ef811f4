using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// IMPORT_OBJECT_HEADER, the 20-byte header of a short import member (PE/COFF spec, "Import
/// Library Format"): Sig1 = 0, Sig2 = 0xFFFF, Version, Machine, TimeDateStamp, SizeOfData,
/// Ordinal/Hint, then a 16-bit field holding Type (2 bits) and NameType (3 bits).
/// </summary>
internal readonly record struct ImportObjectHeader(ushort Version, ushort Machine, uint TimeDateStamp, uint SizeOfData, ushort OrdinalOrHint, ushort TypeInfo)
{
    public const int Size = 20;

    /// <summary>IMPORT_OBJECT_CODE, IMPORT_OBJECT_DATA, IMPORT_OBJECT_CONST.</summary>
    public const int TypeCode = 0, TypeData = 1, TypeConst = 2;

    /// <summary>IMPORT_OBJECT_ORDINAL, _NAME, _NAME_NOPREFIX, _NAME_UNDECORATE, _NAME_EXPORTAS.</summary>
    public const int NameOrdinal = 0, NameName = 1, NameNoPrefix = 2, NameUndecorate = 3, NameExportAs = 4;

    public int Type => TypeInfo & 0x3;

    public int NameType => (TypeInfo >> 2) & 0x7;

    public static bool TryRead(ByteReader reader, out ImportObjectHeader header)
    {
        header = default;
        if (!reader.TrySubReader(0, Size, out var r))
        {
            return false;
        }

        r.TryReadUInt16(4, out ushort version);
        r.TryReadUInt16(6, out ushort machine);
        r.TryReadUInt32(8, out uint timestamp);
        r.TryReadUInt32(12, out uint size);
        r.TryReadUInt16(16, out ushort ordinalOrHint);
        r.TryReadUInt16(18, out ushort typeInfo);
        header = new ImportObjectHeader(version, machine, timestamp, size, ordinalOrHint, typeInfo);
        return true;
    }
}

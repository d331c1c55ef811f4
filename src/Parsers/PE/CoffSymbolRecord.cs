using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// IMAGE_SYMBOL (18 bytes) or IMAGE_SYMBOL_EX (20 bytes, /bigobj, with a 32-bit SectionNumber)
/// (PE/COFF spec, "COFF Symbol Table").
/// </summary>
/// <param name="ShortName">The 8-byte name field; when its first 4 bytes are zero the last 4 are a string-table offset.</param>
/// <param name="Value">Offset in the section, or the size of a common symbol.</param>
/// <param name="SectionNumber">One-based section index, or IMAGE_SYM_UNDEFINED/ABSOLUTE/DEBUG.</param>
/// <param name="Type">Base and derived type; only the derived "function" type is meaningful in practice.</param>
/// <param name="StorageClass">IMAGE_SYM_CLASS_*.</param>
/// <param name="NumberOfAuxSymbols">Auxiliary records that follow this one.</param>
internal readonly record struct CoffSymbolRecord(ulong ShortName, uint Value, int SectionNumber, ushort Type, byte StorageClass, byte NumberOfAuxSymbols)
{
    public const int Size = 18, BigObjSize = 20;

    /// <summary>IMAGE_SYM_CLASS_EXTERNAL, IMAGE_SYM_CLASS_WEAK_EXTERNAL.</summary>
    public const byte ClassExternal = 2, ClassWeakExternal = 105;

    /// <summary>IMAGE_SYM_UNDEFINED, IMAGE_SYM_ABSOLUTE, IMAGE_SYM_DEBUG.</summary>
    public const int Undefined = 0, Absolute = -1, Debug = -2;

    /// <summary>IMAGE_SYM_DTYPE_FUNCTION in the high nibble of the low byte of Type.</summary>
    public bool IsFunctionType => ((Type >> 4) & 0xF) == 2;

    public static bool TryRead(ByteReader reader, ulong offset, bool bigObj, out CoffSymbolRecord symbol)
    {
        symbol = default;
        if (!reader.TrySubReader(offset, bigObj ? (ulong)BigObjSize : Size, out var r))
        {
            return false;
        }

        r.TryReadUInt64(0, out ulong name);
        r.TryReadUInt32(8, out uint value);
        int section;
        if (bigObj)
        {
            r.TryReadInt32(12, out section);
        }
        else
        {
            r.TryReadUInt16(12, out ushort s16);
            section = unchecked((short)s16);
        }

        int tail = bigObj ? 16 : 14;
        r.TryReadUInt16((ulong)tail, out ushort type);
        r.TryReadUInt8((ulong)tail + 2, out byte storageClass);
        r.TryReadUInt8((ulong)tail + 3, out byte aux);
        symbol = new CoffSymbolRecord(name, value, section, type, storageClass, aux);
        return true;
    }
}

using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>IMAGE_SECTION_HEADER, 40 bytes (PE/COFF spec, "Section Table").</summary>
internal readonly record struct ImageSectionHeader(
    string Name,
    uint VirtualSize,
    uint VirtualAddress,
    uint SizeOfRawData,
    uint PointerToRawData,
    uint Characteristics)
{
    public const int Size = 40;

    /// <summary>IMAGE_SCN_CNT_CODE and IMAGE_SCN_MEM_EXECUTE: the section holds code.</summary>
    public const uint CntCode = 0x20, MemExecute = 0x20000000;

    /// <summary>IMAGE_SCN_LNK_INFO (.drectve) and IMAGE_SCN_LNK_REMOVE.</summary>
    public const uint LnkInfo = 0x200;

    public bool IsCode => (Characteristics & (CntCode | MemExecute)) != 0;

    /// <summary>Reads one header; <paramref name="rawName"/> is the 8-byte name field (a <c>/123</c> long name is resolved by the caller).</summary>
    public static bool TryRead(ByteReader reader, ulong offset, out ImageSectionHeader header, out ReadOnlySpan<byte> rawName)
    {
        header = default;
        rawName = default;
        if (!reader.TrySubReader(offset, Size, out var r))
        {
            return false;
        }

        r.TrySlice(0, 8, out rawName);
        r.TryReadUInt32(8, out uint virtualSize);
        r.TryReadUInt32(12, out uint virtualAddress);
        r.TryReadUInt32(16, out uint rawSize);
        r.TryReadUInt32(20, out uint rawPointer);
        r.TryReadUInt32(36, out uint characteristics);
        header = new ImageSectionHeader(TextDecoding.FixedField(rawName), virtualSize, virtualAddress, rawSize, rawPointer, characteristics);
        return true;
    }
}

using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// The DWARF 5 <c>.debug_sup</c> section (section 7.3.6): version (2), is_supplementary (1),
/// sup_filename (string), sup_checksum_len (ULEB128), sup_checksum.
/// </summary>
internal sealed record DwarfSupSection(bool IsSupplementary, string FileName, string? Checksum)
{
    public static DwarfSupSection? Read(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var r = new ByteReader(bytes, bigEndian);
        if (!r.TryReadUInt16(0, out ushort version) || version != 5 || !r.TryReadUInt8(2, out byte isSup)
            || !r.TryReadCString(3, 4096, out var name))
        {
            return null;
        }

        ulong at = 3 + (ulong)name.Length + 1;
        string? checksum = null;
        if (r.TryReadUleb128(ref at, (ulong)bytes.Length, out ulong length) && r.TrySlice(at, length, out var sum) && length > 0)
        {
            checksum = TextDecoding.Hex(sum);
        }

        return new DwarfSupSection(isSup != 0, TextDecoding.Utf8String(name), checksum);
    }
}

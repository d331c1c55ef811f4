using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Lint.Unwind;

/// <summary>
/// DW_EH_PE pointer encodings (LSB Core 5.0, "DWARF Exception Header Encoding"): the low nibble
/// is the format, bits 4-6 what it is relative to, bit 7 an indirection through a pointer slot.
/// </summary>
internal static class EhPointer
{
    public const byte Omit = 0xff;
    public const byte Indirect = 0x80;
    private const byte PcRel = 0x10;
    private const byte DataRel = 0x30;

    /// <summary>
    /// Reads a pointer at <paramref name="offset"/> (advancing it) in data mapped at
    /// <paramref name="baseAddress"/>. pc-relative values become addresses; an indirect one is left
    /// as the slot's address (<paramref name="indirect"/> says so). A raw value of 0 stays 0, as
    /// libgcc's read_encoded_value treats it (a catch-all's type entry).
    /// </summary>
    public static bool TryRead(ByteReader r, ref ulong offset, ulong limit, byte encoding, ulong baseAddress, out ulong value, out bool indirect)
    {
        value = 0;
        indirect = (encoding & Indirect) != 0;
        ulong at = offset;
        ulong raw;
        bool ok;
        switch (encoding & 0x0f)
        {
            case 0x00: ok = Fixed(r, ref offset, limit, 8, out raw); break;
            case 0x01: ok = r.TryReadUleb128(ref offset, limit, out raw); break;
            case 0x02: ok = Fixed(r, ref offset, limit, 2, out raw); break;
            case 0x03: ok = Fixed(r, ref offset, limit, 4, out raw); break;
            case 0x04: ok = Fixed(r, ref offset, limit, 8, out raw); break;
            case 0x09:
                ok = r.TryReadSleb128(ref offset, limit, out long sleb);
                raw = unchecked((ulong)sleb);
                break;
            case 0x0a:
                ok = Fixed(r, ref offset, limit, 2, out raw);
                raw = unchecked((ulong)(long)(short)raw);
                break;
            case 0x0b:
                ok = Fixed(r, ref offset, limit, 4, out raw);
                raw = unchecked((ulong)(long)(int)raw);
                break;
            case 0x0c: ok = Fixed(r, ref offset, limit, 8, out raw); break;
            default: return false;
        }

        if (!ok)
        {
            return false;
        }

        value = raw == 0 ? 0 : (encoding & 0x70) switch
        {
            0 => raw,
            PcRel => unchecked(baseAddress + at + raw),
            DataRel => raw,
            _ => raw,
        };
        return (encoding & 0x70) is 0 or PcRel or DataRel;
    }

    /// <summary>The size of a fixed-size encoding, 0 for LEB128 ones (the LSDA's type table needs it).</summary>
    public static int Size(byte encoding) => (encoding & 0x0f) switch
    {
        0x00 or 0x04 or 0x0c => 8,
        0x02 or 0x0a => 2,
        0x03 or 0x0b => 4,
        _ => 0,
    };

    private static bool Fixed(ByteReader r, ref ulong offset, ulong limit, int size, out ulong value)
    {
        value = 0;
        if (offset > limit || limit - offset < (ulong)size)
        {
            return false;
        }

        bool ok = size switch
        {
            2 => r.TryReadUInt16(offset, out ushort v16) && Set(v16, out value),
            4 => r.TryReadUInt32(offset, out uint v32) && Set(v32, out value),
            _ => r.TryReadUInt64(offset, out value),
        };
        offset += (ulong)size;
        return ok;
    }

    private static bool Set(ulong v, out ulong value)
    {
        value = v;
        return true;
    }
}

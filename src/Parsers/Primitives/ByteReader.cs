using System.Buffers.Binary;

namespace AbiPortal.Parsers.Primitives;

/// <summary>
/// The only code in the parsers that touches file bytes. Every read is bounds-checked and
/// every range check is written so that it cannot overflow: we compare
/// <c>size &lt;= length - offset</c> after checking <c>offset &lt;= length</c>, never
/// <c>offset + size &lt;= length</c>, because offsets and sizes come from untrusted files and
/// their sum can wrap.
/// </summary>
/// <remarks>
/// Offsets are <see cref="ulong"/> so that 64-bit file fields can be passed in unchanged and
/// rejected here rather than truncated by a cast at the call site.
/// </remarks>
internal readonly ref struct ByteReader
{
    private readonly ReadOnlySpan<byte> _data;

    public ByteReader(ReadOnlySpan<byte> data, bool bigEndian = false)
    {
        _data = data;
        BigEndian = bigEndian;
    }

    /// <summary>Whether multi-byte integers are read big endian.</summary>
    public bool BigEndian { get; }

    /// <summary>Number of bytes available.</summary>
    public int Length => _data.Length;

    /// <summary>The underlying bytes (for hashing or handing to another reader).</summary>
    public ReadOnlySpan<byte> Span => _data;

    /// <summary>A reader of the same bytes with another byte order.</summary>
    public ByteReader WithEndianness(bool bigEndian) => new(_data, bigEndian);

    /// <summary>True when <paramref name="size"/> bytes at <paramref name="offset"/> lie inside the data.</summary>
    public bool IsValidRange(ulong offset, ulong size)
    {
        ulong length = (ulong)_data.Length;
        // offset <= length first, so that length - offset cannot underflow.
        return offset <= length && size <= length - offset;
    }

    /// <summary>
    /// True when a table of <paramref name="count"/> entries of <paramref name="entrySize"/> bytes
    /// at <paramref name="offset"/> lies inside the data. The product is checked by division
    /// before it is formed, so a huge count cannot wrap into a small size.
    /// </summary>
    public bool IsValidTable(ulong offset, ulong count, ulong entrySize)
    {
        if (count == 0)
        {
            return offset <= (ulong)_data.Length;
        }

        if (entrySize == 0)
        {
            return false;
        }

        if (count > (ulong)_data.Length / entrySize)
        {
            return false;
        }

        return IsValidRange(offset, count * entrySize);
    }

    /// <summary>A bounds-checked slice.</summary>
    public bool TrySlice(ulong offset, ulong size, out ReadOnlySpan<byte> slice)
    {
        if (!IsValidRange(offset, size))
        {
            slice = default;
            return false;
        }

        slice = _data.Slice((int)offset, (int)size);
        return true;
    }

    /// <summary>A bounds-checked sub-reader with the same byte order.</summary>
    public bool TrySubReader(ulong offset, ulong size, out ByteReader reader)
    {
        if (!TrySlice(offset, size, out var slice))
        {
            reader = default;
            return false;
        }

        reader = new ByteReader(slice, BigEndian);
        return true;
    }

    public bool TryReadUInt8(ulong offset, out byte value)
    {
        if (offset >= (ulong)_data.Length)
        {
            value = 0;
            return false;
        }

        value = _data[(int)offset];
        return true;
    }

    public bool TryReadUInt16(ulong offset, out ushort value)
    {
        if (!TrySlice(offset, 2, out var s))
        {
            value = 0;
            return false;
        }

        value = BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);
        return true;
    }

    public bool TryReadUInt32(ulong offset, out uint value)
    {
        if (!TrySlice(offset, 4, out var s))
        {
            value = 0;
            return false;
        }

        value = BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s);
        return true;
    }

    public bool TryReadUInt64(ulong offset, out ulong value)
    {
        if (!TrySlice(offset, 8, out var s))
        {
            value = 0;
            return false;
        }

        value = BigEndian ? BinaryPrimitives.ReadUInt64BigEndian(s) : BinaryPrimitives.ReadUInt64LittleEndian(s);
        return true;
    }

    public bool TryReadInt32(ulong offset, out int value)
    {
        bool ok = TryReadUInt32(offset, out uint raw);
        value = unchecked((int)raw);
        return ok;
    }

    public bool TryReadInt64(ulong offset, out long value)
    {
        bool ok = TryReadUInt64(offset, out ulong raw);
        value = unchecked((long)raw);
        return ok;
    }

    /// <summary>Reads a 32- or 64-bit word, as ELF and Mach-O fields that depend on the class are.</summary>
    public bool TryReadWord(ulong offset, bool is64, out ulong value)
    {
        if (is64)
        {
            return TryReadUInt64(offset, out value);
        }

        bool ok = TryReadUInt32(offset, out uint v);
        value = v;
        return ok;
    }

    /// <summary>
    /// Reads a NUL-terminated string starting at <paramref name="offset"/>, looking at most
    /// <paramref name="maxLength"/> bytes ahead. Fails when the offset is outside the data or no
    /// terminator is found within the limit (an unterminated or overlong string).
    /// </summary>
    public bool TryReadCString(ulong offset, int maxLength, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (offset >= (ulong)_data.Length || maxLength <= 0)
        {
            return false;
        }

        var rest = _data[(int)offset..];
        if (rest.Length > maxLength)
        {
            // Allow the terminator one past the longest permitted string.
            rest = rest[..(maxLength + 1 > rest.Length ? rest.Length : maxLength + 1)];
        }

        int nul = rest.IndexOf((byte)0);
        if (nul < 0)
        {
            return false;
        }

        value = rest[..nul];
        return true;
    }

    /// <summary>
    /// Reads an unsigned LEB128 number at <paramref name="offset"/> and advances it. Fails on
    /// truncation and on encodings that do not fit 64 bits (overlong or overflowing), which
    /// hostile Mach-O export tries use to push parsers into garbage.
    /// </summary>
    public bool TryReadUleb128(ref ulong offset, ulong limit, out ulong value)
    {
        value = 0;
        int shift = 0;
        ulong end = limit < (ulong)_data.Length ? limit : (ulong)_data.Length;
        ulong pos = offset;
        while (true)
        {
            if (pos >= end)
            {
                return false;
            }

            byte b = _data[(int)pos++];
            ulong low = (ulong)(b & 0x7F);
            if (shift == 63)
            {
                // Only the lowest bit of the tenth byte may be set, and it must be the last byte.
                if (low > 1 || (b & 0x80) != 0)
                {
                    return false;
                }
            }
            else if (shift > 63)
            {
                return false;
            }

            value |= low << shift;
            if ((b & 0x80) == 0)
            {
                offset = pos;
                return true;
            }

            shift += 7;
        }
    }

    /// <summary>Signed LEB128, with the same failure rules as <see cref="TryReadUleb128"/>.</summary>
    public bool TryReadSleb128(ref ulong offset, ulong limit, out long value)
    {
        value = 0;
        int shift = 0;
        ulong end = limit < (ulong)_data.Length ? limit : (ulong)_data.Length;
        ulong pos = offset;
        byte b;
        do
        {
            if (pos >= end || shift > 63)
            {
                return false;
            }

            b = _data[(int)pos++];
            value |= (long)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        if (shift < 64 && (b & 0x40) != 0)
        {
            value |= -1L << shift;
        }

        offset = pos;
        return true;
    }
}

using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Tests.Primitives;

public sealed class ByteReaderTests
{
    [Fact]
    public void Reads_both_byte_orders_with_distinct_patterns()
    {
        byte[] data = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08];
        var le = new ByteReader(data);
        var be = new ByteReader(data, bigEndian: true);
        Assert.True(le.TryReadUInt32(0, out uint l));
        Assert.True(be.TryReadUInt32(0, out uint b));
        Assert.Equal(0x04030201u, l);
        Assert.Equal(0x01020304u, b);
        Assert.True(le.TryReadUInt64(0, out ulong l64));
        Assert.Equal(0x0807060504030201ul, l64);
        Assert.True(be.TryReadUInt16(6, out ushort b16));
        Assert.Equal(0x0708, b16);
    }

    [Theory]
    [InlineData(7ul, 2ul)]
    [InlineData(8ul, 1ul)]
    [InlineData(ulong.MaxValue, 2ul)]
    [InlineData(2ul, ulong.MaxValue)]
    [InlineData(ulong.MaxValue - 1, 4ul)]
    public void Rejects_ranges_past_the_end_without_overflowing(ulong offset, ulong size)
    {
        var reader = new ByteReader(new byte[8]);
        Assert.False(reader.IsValidRange(offset, size));
        Assert.False(reader.TrySlice(offset, size, out _));
    }

    [Fact]
    public void Table_check_does_not_wrap_count_times_size()
    {
        var reader = new ByteReader(new byte[64]);
        // 0x2000_0000_0000_0001 * 8 wraps to 8 in 64 bits; the check must not accept it.
        Assert.False(reader.IsValidTable(0, 0x2000_0000_0000_0001, 8));
        Assert.True(reader.IsValidTable(0, 8, 8));
        Assert.False(reader.IsValidTable(8, 8, 8));
        Assert.False(reader.IsValidTable(0, 1, 0));
    }

    [Fact]
    public void CString_needs_a_terminator_within_the_limit()
    {
        var reader = new ByteReader("abc\0defgh"u8.ToArray());
        Assert.True(reader.TryReadCString(0, 16, out var s));
        Assert.Equal("abc"u8.ToArray(), s.ToArray());
        Assert.False(reader.TryReadCString(4, 16, out _)); // unterminated
        Assert.False(reader.TryReadCString(0, 2, out _)); // longer than allowed
        Assert.True(reader.TryReadCString(0, 3, out _));
        Assert.False(reader.TryReadCString(100, 16, out _));
    }

    [Fact]
    public void Uleb128_decodes_and_rejects_overlong_or_truncated()
    {
        var reader = new ByteReader([0xE5, 0x8E, 0x26, 0x80]);
        ulong pos = 0;
        Assert.True(reader.TryReadUleb128(ref pos, ulong.MaxValue, out ulong v));
        Assert.Equal(624485ul, v);
        Assert.Equal(3ul, pos);

        pos = 3;
        Assert.False(reader.TryReadUleb128(ref pos, ulong.MaxValue, out _)); // continuation bit, then the end

        byte[] eleven = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01];
        pos = 0;
        Assert.False(new ByteReader(eleven).TryReadUleb128(ref pos, ulong.MaxValue, out _));

        byte[] max = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01];
        pos = 0;
        Assert.True(new ByteReader(max).TryReadUleb128(ref pos, ulong.MaxValue, out ulong m));
        Assert.Equal(ulong.MaxValue, m);

        byte[] overflow = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02];
        pos = 0;
        Assert.False(new ByteReader(overflow).TryReadUleb128(ref pos, ulong.MaxValue, out _));
    }

    [Fact]
    public void Uleb128_respects_the_limit()
    {
        var reader = new ByteReader([0x80, 0x01]);
        ulong pos = 0;
        Assert.False(reader.TryReadUleb128(ref pos, 1, out _));
    }

    [Fact]
    public void Sleb128_sign_extends()
    {
        var reader = new ByteReader([0x7F, 0x80, 0x7F]);
        ulong pos = 0;
        Assert.True(reader.TryReadSleb128(ref pos, ulong.MaxValue, out long a));
        Assert.Equal(-1, a);
        Assert.True(reader.TryReadSleb128(ref pos, ulong.MaxValue, out long b));
        Assert.Equal(-128, b);
    }
}

using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Archives;

/// <summary>
/// struct ar_hdr (ar.h): 60 bytes of space-padded ASCII: ar_name[16], ar_date[12], ar_uid[6],
/// ar_gid[6], ar_mode[8], ar_size[10], ar_fmag[2] = "`\n".
/// </summary>
internal readonly record struct ArMemberHeader(string ar_name, ulong ar_size)
{
    public const int Size = 60;

    /// <summary>Reads a header; false when truncated, when ar_fmag is wrong or ar_size is not decimal.</summary>
    public static bool TryRead(ByteReader reader, ulong offset, out ArMemberHeader header)
    {
        header = default;
        if (!reader.TrySlice(offset, Size, out var h) || h[58] != (byte)'`' || h[59] != (byte)'\n')
        {
            return false;
        }

        // ar_size: decimal digits, then space padding; at most 10 digits, so no overflow in 64 bits.
        var sizeField = h.Slice(48, 10);
        ulong size = 0;
        int digits = 0;
        foreach (byte b in sizeField)
        {
            if (b == (byte)' ')
            {
                break;
            }

            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            size = (size * 10) + (ulong)(b - '0');
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        header = new ArMemberHeader(TextDecoding.FixedField(h[..16], trimSpaces: true), size);
        return true;
    }
}

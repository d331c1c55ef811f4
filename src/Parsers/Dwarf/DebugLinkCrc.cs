namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// The CRC-32 that <c>.gnu_debuglink</c> stores (the zlib/IEEE 802.3 polynomial, reflected,
/// 0xEDB88320, as gdb's <c>gnu_debuglink_crc32</c>), computed slicing-by-8 so a 100 MB debug file
/// takes a fraction of a second.
/// </summary>
internal static class DebugLinkCrc
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint crc = 0xffffffff;
        int i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            uint one = crc ^ (uint)(data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
            crc = Table[(7 * 256) + (one & 0xff)] ^ Table[(6 * 256) + ((one >> 8) & 0xff)] ^ Table[(5 * 256) + ((one >> 16) & 0xff)] ^ Table[(4 * 256) + (one >> 24)]
                ^ Table[(3 * 256) + data[i + 4]] ^ Table[(2 * 256) + data[i + 5]] ^ Table[256 + data[i + 6]] ^ Table[data[i + 7]];
        }

        for (; i < data.Length; i++)
        {
            crc = Table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        for (int t = 1; t < 8; t++)
        {
            for (int n = 0; n < 256; n++)
            {
                uint prev = table[((t - 1) * 256) + n];
                table[(t * 256) + n] = (prev >> 8) ^ table[prev & 0xff];
            }
        }

        return table;
    }
}

using System.Buffers.Binary;

namespace AbiPortal.Parsers.Tests.Mutation;

/// <summary>
/// Deterministic mutations of one input: the same (name, run) always gives the same bytes, so a
/// failure can be reproduced from its name and run number alone.
/// </summary>
internal static class Mutator
{
    /// <summary>Values that break naive readers: zero, one, all ones, sign bits, and sizes just past the data.</summary>
    private static ulong[] Extremes(int length) => [0, 1, 0xFF, 0x7F, 0x80, 0xFFFF, 0x8000, 0xFFFF_FFFF, 0x8000_0000, 0x7FFF_FFFF, ulong.MaxValue, 0x8000_0000_0000_0000, (ulong)length, (ulong)length + 1, (ulong)length - 1];

    public static byte[] Mutate(byte[] original, string name, int run)
    {
        var random = new Random(Seed(name, run));
        byte[] data = (byte[])original.Clone();
        switch (run % 6)
        {
            case 0:
                FlipBits(data, random, data.Length);
                return data;
            case 1:
                // Headers and tables near the start are where a flip matters most.
                FlipBits(data, random, Math.Min(data.Length, 512));
                return data;
            case 2:
                return data[..random.Next(data.Length)];
            case 3:
                WriteExtreme(data, random, Math.Min(data.Length, 256));
                return data;
            case 4:
                WriteExtreme(data, random, data.Length);
                if (random.Next(2) == 0)
                {
                    WriteExtreme(data, random, data.Length);
                }

                return data;
            default:
                // Several fields at once: checks that each hold alone can still combine badly.
                for (int i = 2 + random.Next(6); i > 0; i--)
                {
                    WriteExtreme(data, random, data.Length);
                }

                FlipBits(data, random, data.Length);
                return data;
        }
    }

    private static void FlipBits(byte[] data, Random random, int range)
    {
        int flips = 1 + random.Next(8);
        for (int i = 0; i < flips && range > 0; i++)
        {
            data[random.Next(range)] ^= (byte)(1 << random.Next(8));
        }
    }

    private static void WriteExtreme(byte[] data, Random random, int range)
    {
        int width = 1 << random.Next(1, 4);
        if (range < width)
        {
            return;
        }

        int offset = random.Next(range - width + 1) & ~(width - 1);
        var values = Extremes(data.Length);
        ulong value = values[random.Next(values.Length)];
        var span = data.AsSpan(offset, width);
        bool big = random.Next(2) == 0;
        switch (width)
        {
            case 2:
                if (big) { BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)value); } else { BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)value); }
                break;
            case 4:
                if (big) { BinaryPrimitives.WriteUInt32BigEndian(span, (uint)value); } else { BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)value); }
                break;
            default:
                if (big) { BinaryPrimitives.WriteUInt64BigEndian(span, value); } else { BinaryPrimitives.WriteUInt64LittleEndian(span, value); }
                break;
        }
    }

    /// <summary>FNV-1a of the name and run: string.GetHashCode is randomised per process.</summary>
    private static int Seed(string name, int run)
    {
        uint hash = 2166136261;
        foreach (char c in name + "#" + run.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            hash = (hash ^ c) * 16777619;
        }

        return unchecked((int)hash);
    }
}

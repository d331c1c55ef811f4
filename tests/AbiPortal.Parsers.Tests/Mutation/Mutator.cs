using System.Buffers.Binary;

namespace AbiPortal.Parsers.Tests.Mutation;

/// <summary>
/// Deterministic mutations of one input: the same (name, run, donors) always gives the same
/// bytes, so a failure can be reproduced from its name and run number alone. Ten strategies, by
/// run number: bit flips (anywhere, or in the headers), truncation, extreme values (in the
/// headers, anywhere, several at once), random byte sets, small arithmetic on a field (an
/// offset or a count off by a little), a splice with another input, and a chunk copied over
/// another place of the same input (two tables made one). Used by the mutation tests and by
/// bench/fuzz, which links this file.
/// </summary>
internal static class Mutator
{
    /// <summary>How many strategies there are; run N uses strategy N modulo this.</summary>
    public const int Strategies = 10;

    /// <summary>Values that break naive readers: zero, one, all ones, sign bits, and sizes just past the data.</summary>
    private static ulong[] Extremes(int length) => [0, 1, 0xFF, 0x7F, 0x80, 0xFFFF, 0x8000, 0xFFFF_FFFF, 0x8000_0000, 0x7FFF_FFFF, ulong.MaxValue, 0x8000_0000_0000_0000, (ulong)length, (ulong)length + 1, (ulong)length - 1];

    /// <summary>Mutates <paramref name="original"/>; <paramref name="donors"/> (other inputs) feed the splice strategy, which otherwise splices the input with itself.</summary>
    public static byte[] Mutate(byte[] original, string name, int run, IReadOnlyList<byte[]>? donors = null)
    {
        var random = new Random(Seed(name, run));
        byte[] data = (byte[])original.Clone();
        if (data.Length == 0)
        {
            return data;
        }

        switch (run % Strategies)
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
            case 5:
                // Several fields at once: checks that each hold alone can still combine badly.
                for (int i = 2 + random.Next(6); i > 0; i--)
                {
                    WriteExtreme(data, random, data.Length);
                }

                FlipBits(data, random, data.Length);
                return data;
            case 6:
                for (int i = 1 + random.Next(16); i > 0; i--)
                {
                    data[random.Next(data.Length)] = (byte)random.Next(256);
                }

                return data;
            case 7:
                // Offsets and counts a little off: one past a table, one entry short, twice as many.
                AddToField(data, random, random.Next(2) == 0 ? Math.Min(data.Length, 4096) : data.Length);
                return data;
            case 8:
                return Splice(data, donors is { Count: > 0 } ? donors[random.Next(donors.Count)] : original, random);
            default:
                CopyChunk(data, random);
                return data;
        }
    }

    private static void AddToField(byte[] data, Random random, int range)
    {
        int width = 1 << random.Next(1, 4);
        if (range < width)
        {
            return;
        }

        int offset = random.Next(range - width + 1);
        var span = data.AsSpan(offset, width);
        bool big = random.Next(2) == 0;
        ulong value = width switch
        {
            2 => big ? BinaryPrimitives.ReadUInt16BigEndian(span) : BinaryPrimitives.ReadUInt16LittleEndian(span),
            4 => big ? BinaryPrimitives.ReadUInt32BigEndian(span) : BinaryPrimitives.ReadUInt32LittleEndian(span),
            _ => big ? BinaryPrimitives.ReadUInt64BigEndian(span) : BinaryPrimitives.ReadUInt64LittleEndian(span),
        };
        value = random.Next(4) switch
        {
            0 => value * 2,
            1 => value / 2,
            _ => unchecked(value + (ulong)(long)(random.Next(-64, 65) * (1 << (random.Next(3) * 4)))),
        };
        Write(span, value, big);
    }

    /// <summary>This input's first part, then another input's bytes from some offset: headers of one format over tables of another.</summary>
    private static byte[] Splice(byte[] data, byte[] donor, Random random)
    {
        int keep = random.Next(data.Length + 1);
        int from = donor.Length == 0 ? 0 : random.Next(donor.Length);
        int take = Math.Min(donor.Length - from, random.Next(1, Math.Max(2, data.Length)));
        return [.. data.AsSpan(0, keep), .. donor.AsSpan(from, take)];
    }

    /// <summary>Copies a chunk of the input over another place in it: two tables, or a table and its strings, made the same bytes.</summary>
    private static void CopyChunk(byte[] data, Random random)
    {
        int length = 1 + random.Next(Math.Min(data.Length, 1 << random.Next(2, 13)));
        int from = random.Next(data.Length - length + 1);
        int to = random.Next(data.Length - length + 1);
        data.AsSpan(from, length).CopyTo(data.AsSpan(to, length));
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
        Write(data.AsSpan(offset, width), value, random.Next(2) == 0);
    }

    /// <summary>Writes <paramref name="value"/> into a field of 2, 4 or 8 bytes in either byte order (truncated to the width).</summary>
    private static void Write(Span<byte> span, ulong value, bool big)
    {
        switch (span.Length)
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

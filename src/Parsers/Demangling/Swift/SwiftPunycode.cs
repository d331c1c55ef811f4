namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Swift's variant of Punycode (RFC 3492 with '_' as the delimiter and the digits a-z, A-J), which
/// mangles identifiers that are not plain ASCII words: Unicode names, and raw identifiers such as
/// <c>`foo bar`</c>, whose characters outside [A-Za-z0-9_$] are first moved to U+D800 + c so that
/// they are encoded like non-ASCII characters (Mangling.rst, "Identifiers"). Decoding follows Swift's
/// decoder, including its leniency: a malformed tail ends the decoding and what was decoded so far is
/// the identifier.
/// </summary>
internal static class SwiftPunycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const uint InitialN = 128;

    /// <summary>Appends the decoded text of <paramref name="encoded"/>; false when a code point cannot be a character.</summary>
    public static bool TryDecode(ReadOnlySpan<char> encoded, CharBuffer output)
    {
        Span<uint> buffer = encoded.Length <= 256 ? stackalloc uint[encoded.Length] : new uint[encoded.Length];
        int count = Decode(encoded, buffer);
        Span<char> pair = stackalloc char[2];
        foreach (uint point in buffer.Slice(0, count))
        {
            // Swift accepts scalars below U+D880 (the mapped ASCII range included) and U+E000..U+1FFFFF;
            // beyond U+10FFFF it would print bytes that are not UTF-8, which a string cannot hold.
            if (point is >= 0xD880 and < 0xE000 || point > 0x10FFFF)
            {
                return false;
            }

            uint scalar = point is >= 0xD800 and < 0xD880 ? point - 0xD800 : point;
            if (scalar < 0x10000)
            {
                output.Append((char)scalar);
            }
            else
            {
                new System.Text.Rune((int)scalar).EncodeToUtf16(pair);
                output.Append(pair);
            }
        }

        return true;
    }

    /// <summary>RFC 3492 section 6.2; returns how many code points were decoded into <paramref name="points"/>.</summary>
    private static int Decode(ReadOnlySpan<char> input, Span<uint> points)
    {
        uint n = InitialN;
        int i = 0;
        int bias = InitialBias;
        int count = 0;
        int delimiter = input.LastIndexOf('_');
        if (delimiter >= 0)
        {
            foreach (char c in input.Slice(0, delimiter))
            {
                if (c > 0x7F)
                {
                    return count;
                }

                points[count++] = c;
            }

            input = input.Slice(delimiter + 1);
        }

        while (!input.IsEmpty)
        {
            int oldI = i;
            int w = 1;
            for (int k = Base; ; k += Base)
            {
                if (input.IsEmpty)
                {
                    return count;
                }

                int digit = DigitValue(input[0]);
                input = input.Slice(1);
                if (digit < 0)
                {
                    return count;
                }

                // Swift's decoder works in 32-bit ints that wrap; so does this one.
                i = unchecked(i + (digit * w));
                int t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (digit < t)
                {
                    break;
                }

                w = unchecked(w * (Base - t));
            }

            bias = Adapt(unchecked(i - oldI), count + 1, oldI == 0);
            // Swift divides in size_t: a wrapped, negative i is read as a huge unsigned number.
            ulong position = unchecked((ulong)(long)i);
            ulong slots = (ulong)count + 1;
            n = unchecked(n + (uint)(position / slots));
            i = (int)(position % slots);
            if (n < 0x80 || count == points.Length)
            {
                return count;
            }

            points.Slice(i, count - i).CopyTo(points.Slice(i + 1));
            points[i] = n;
            count++;
            i++;
        }

        return count;
    }

    private static int Adapt(int delta, int points, bool first)
    {
        delta = first ? delta / Damp : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        // A wrapped (negative) delta can make the divisor 0, where Swift's decoder would trap.
        int divisor = delta + Skew;
        return k + (divisor == 0 ? 0 : unchecked((Base - TMin + 1) * delta) / divisor);
    }

    private static int DigitValue(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'J' => c - 'A' + 26,
        _ => -1,
    };
}

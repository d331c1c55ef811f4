using System.Text;

namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>
/// Punycode decoding (RFC 3492) as v0 identifiers use it: base 36 digits <c>a</c>-<c>z</c>,
/// <c>0</c>-<c>9</c>, with every arithmetic step checked for overflow.
/// </summary>
internal static class RustPunycode
{
    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, InitialBias = 72, InitialN = 0x80;

    /// <summary>Decodes; false on a bad digit, an overflow, an invalid code point or more than <paramref name="maxChars"/> characters.</summary>
    public static bool TryDecode(ReadOnlySpan<char> ascii, ReadOnlySpan<char> punycode, int maxChars, out string? decoded)
    {
        decoded = null;
        if (punycode.Length == 0 || ascii.Length > maxChars)
        {
            return false;
        }

        var output = new List<int>(ascii.Length + punycode.Length);
        foreach (char c in ascii)
        {
            output.Add(c);
        }

        ulong damp = 700, bias = InitialBias, i = 0, n = InitialN;
        int position = 0;
        while (true)
        {
            ulong delta = 0, w = 1, k = 0;
            while (true)
            {
                k += Base;
                ulong t = Math.Min(Math.Max(k > bias ? k - bias : 0, TMin), TMax);
                if (position >= punycode.Length)
                {
                    return false;
                }

                char digit = punycode[position++];
                ulong d = digit switch
                {
                    >= 'a' and <= 'z' => (ulong)(digit - 'a'),
                    >= '0' and <= '9' => (ulong)(26 + digit - '0'),
                    _ => ulong.MaxValue,
                };
                if (d == ulong.MaxValue || (w != 0 && d > ulong.MaxValue / w) || delta > ulong.MaxValue - (d * w))
                {
                    return false;
                }

                delta += d * w;
                if (d < t)
                {
                    break;
                }

                if (w > ulong.MaxValue / (Base - t))
                {
                    return false;
                }

                w *= Base - t;
            }

            ulong length = (ulong)output.Count + 1;
            if (i > ulong.MaxValue - delta)
            {
                return false;
            }

            i += delta;
            if (n > ulong.MaxValue - (i / length))
            {
                return false;
            }

            n += i / length;
            i %= length;
            if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF) || output.Count >= maxChars)
            {
                return false;
            }

            output.Insert((int)i, (int)n);
            i++;
            if (position >= punycode.Length)
            {
                break;
            }

            // Bias adaptation (RFC 3492 section 6.1).
            delta /= damp;
            damp = 2;
            delta += delta / length;
            k = 0;
            while (delta > ((Base - TMin) * TMax) / 2)
            {
                delta /= Base - TMin;
                k += Base;
            }

            bias = k + (((Base - TMin + 1) * delta) / (delta + Skew));
        }

        var text = new StringBuilder(output.Count);
        foreach (int codePoint in output)
        {
            text.Append(char.ConvertFromUtf32(codePoint));
        }

        decoded = text.ToString();
        return true;
    }
}

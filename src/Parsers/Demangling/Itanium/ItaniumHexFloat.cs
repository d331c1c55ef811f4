using System.Globalization;

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// Prints a mangled floating literal (Itanium C++ ABI 5.1.6.1: the value's bytes as big-endian hex) the
/// way glibc's printf %a does, which is what llvm-cxxfilt shows: "0x1.4p+2f" for float (promoted to
/// double), "0x1.4p+2" for double, and the x87 80-bit form "0xap-1L" for long double.
/// </summary>
internal static class ItaniumHexFloat
{
    public static void Format(ref ItaniumOutput output, ReadOnlySpan<char> hex, int kind)
    {
        if (kind == 2)
        {
            FormatX87(ref output, hex);
            output.Append('L');
            return;
        }

        ulong bits = ulong.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        double value = kind == 0 ? BitConverter.Int32BitsToSingle((int)(uint)bits) : BitConverter.Int64BitsToDouble((long)bits);
        FormatDouble(ref output, value);
        if (kind == 0)
        {
            output.Append('f');
        }
    }

    private static void FormatDouble(ref ItaniumOutput output, double value)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
        bool negative = (bits >> 63) != 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        ulong mantissa = bits & 0xF_FFFF_FFFF_FFFFUL;
        if (negative)
        {
            output.Append('-');
        }

        if (exponent == 0x7FF)
        {
            output.Append(mantissa == 0 ? "inf" : "nan");
            return;
        }

        int lead = 1;
        int e;
        if (exponent == 0)
        {
            lead = 0;
            e = mantissa == 0 ? 0 : -1022;
        }
        else
        {
            e = exponent - 1023;
        }

        output.Append("0x");
        output.Append((char)('0' + lead));
        AppendFraction(ref output, mantissa, 13);
        AppendExponent(ref output, e);
    }

    private static void FormatX87(ref ItaniumOutput output, ReadOnlySpan<char> hex)
    {
        // 20 digits: 16 bits of sign and exponent, then the 64-bit significand with its explicit integer bit.
        uint signExponent = uint.Parse(hex.Slice(0, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        ulong significand = ulong.Parse(hex.Slice(4, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if ((signExponent & 0x8000) != 0)
        {
            output.Append('-');
        }

        int exponent = (int)(signExponent & 0x7FFF);
        if (exponent == 0x7FFF)
        {
            output.Append((significand << 1) == 0 ? "inf" : "nan");
            return;
        }

        // glibc prints the top four significand bits as the leading digit and the other 60 as fraction.
        int e = significand == 0 && exponent == 0 ? 0 : (exponent == 0 ? 1 : exponent) - 16383 - 3;
        output.Append("0x");
        output.Append(HexDigit((int)(significand >> 60)));
        AppendFraction(ref output, significand & 0x0FFF_FFFF_FFFF_FFFFUL, 15);
        AppendExponent(ref output, e);
    }

    private static void AppendFraction(ref ItaniumOutput output, ulong fraction, int digits)
    {
        while (digits > 0 && (fraction & 0xF) == 0)
        {
            fraction >>= 4;
            digits--;
        }

        if (digits == 0)
        {
            return;
        }

        output.Append('.');
        for (int i = digits - 1; i >= 0; i--)
        {
            output.Append(HexDigit((int)((fraction >> (i * 4)) & 0xF)));
        }
    }

    private static void AppendExponent(ref ItaniumOutput output, int e)
    {
        output.Append('p');
        output.Append(e < 0 ? '-' : '+');
        output.Append(Math.Abs(e));
    }

    private static char HexDigit(int d) => (char)(d < 10 ? '0' + d : 'a' + d - 10);
}

using System.Text;

namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>How <c>llvm-undname</c> prints the characters of a decoded string literal.</summary>
internal static class MicrosoftStringEscaper
{
    /// <summary>C escapes, printable ASCII as itself, anything else as <c>\x</c> and uppercase hex bytes.</summary>
    public static void AppendEscaped(StringBuilder output, uint c)
    {
        string? escape = c switch
        {
            0 => "\\0",
            '\'' => "\\'",
            '"' => "\\\"",
            '\\' => "\\\\",
            7 => "\\a",
            8 => "\\b",
            12 => "\\f",
            10 => "\\n",
            13 => "\\r",
            9 => "\\t",
            11 => "\\v",
            _ => null,
        };
        if (escape is not null)
        {
            output.Append(escape);
            return;
        }

        if (c > 0x1F && c < 0x7F)
        {
            output.Append((char)c);
            return;
        }

        // Whole bytes, most significant first: 0xFF -> \xFF, 0x1234 -> \x1234.
        Span<char> digits = stackalloc char[8];
        int count = 0;
        while (c != 0)
        {
            for (int i = 0; i < 2; i++)
            {
                digits[count++] = "0123456789ABCDEF"[(int)(c % 16)];
                c /= 16;
            }
        }

        output.Append("\\x");
        for (int i = count - 1; i >= 0; i--)
        {
            output.Append(digits[i]);
        }
    }

    /// <summary>
    /// The character width of a narrow literal: odd lengths are char; short literals are judged
    /// by their trailing nulls (the terminator's width); long (truncated) ones by how many of
    /// their bytes are null, which is lossy but the best the mangling allows.
    /// </summary>
    public static int GuessCharByteSize(List<byte> bytes, ulong byteSize)
    {
        if (byteSize % 2 == 1)
        {
            return 1;
        }

        if (byteSize < 32)
        {
            int trailing = 0;
            for (int i = bytes.Count - 1; i >= 0 && bytes[i] == 0; i--)
            {
                trailing++;
            }

            if (trailing >= 4 && byteSize % 4 == 0)
            {
                return 4;
            }

            return trailing >= 2 ? 2 : 1;
        }

        int nulls = bytes.Count(b => b == 0);
        if (nulls >= 2 * bytes.Count / 3 && byteSize % 4 == 0)
        {
            return 4;
        }

        return nulls >= bytes.Count / 3 ? 2 : 1;
    }
}

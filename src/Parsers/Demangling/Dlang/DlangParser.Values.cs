using System.Text;

namespace AbiPortal.Parsers.Demangling.Dlang;

/// <summary>Template value arguments: integers, characters, booleans, reals, strings, arrays, struct literals.</summary>
internal sealed partial class DlangParser
{
    /// <summary>
    /// Value: <c>n</c> null, [<c>N</c>|<c>i</c>] integer, <c>e</c> real, <c>c</c> complex, <c>a</c>/<c>w</c>/<c>d</c>
    /// string, <c>A</c> array or associative array (by <paramref name="type"/>), <c>S</c> struct literal
    /// (prefixed with <paramref name="name"/>), <c>f</c> function literal (a mangled name).
    /// </summary>
    private int ParseValue(StringBuilder decl, int pos, string? name, char type)
    {
        if (pos < 0 || pos >= text.Length || !Enter())
        {
            return Failed;
        }

        int result = ParseValueBody(decl, pos, name, type);
        depth--;
        return result;
    }

    private int ParseValueBody(StringBuilder decl, int pos, string? name, char type)
    {
        switch (At(pos))
        {
            case 'n':
                Emit(decl, "null");
                return pos + 1;
            case 'N':
                Emit(decl, "-");
                return ParseInteger(decl, pos + 1, type);
            case 'i':
                return ParseInteger(decl, pos + 1, type);
            case >= '0' and <= '9':
                // Early D2 compilers wrote integers without the 'i'.
                return ParseInteger(decl, pos, type);
            case 'e':
                return ParseReal(decl, pos + 1);
            case 'c':
                pos = ParseReal(decl, pos + 1);
                Emit(decl, "+");
                if (pos < 0 || At(pos) != 'c')
                {
                    return Failed;
                }

                pos = ParseReal(decl, pos + 1);
                Emit(decl, "i");
                return pos;
            case 'a' or 'w' or 'd':
                return ParseString(decl, pos);
            case 'A':
                return type == 'H' ? ParseList(decl, pos + 1, "[", "]", pairs: true) : ParseList(decl, pos + 1, "[", "]", pairs: false);
            case 'S':
            {
                if (name is not null)
                {
                    Emit(decl, name);
                }

                return ParseList(decl, pos + 1, "(", ")", pairs: false);
            }

            case 'f' when At(pos + 1) == '_' && At(pos + 2) == 'D' && IsSymbolNameStart(pos + 3):
                return ParseMangle(decl, pos + 1);
            default:
                return Failed;
        }
    }

    /// <summary>Number then that many values (or key:value pairs) between <paramref name="open"/> and <paramref name="close"/>.</summary>
    private int ParseList(StringBuilder decl, int pos, string open, string close, bool pairs)
    {
        pos = ParseNumber(pos, out long count);
        if (pos < 0)
        {
            return Failed;
        }

        Emit(decl, open);
        for (long i = 0; i < count; i++)
        {
            if (i > 0)
            {
                Emit(decl, ", ");
            }

            pos = ParseValue(decl, pos, null, '\0');
            if (pairs && pos >= 0)
            {
                Emit(decl, ":");
                pos = ParseValue(decl, pos, null, '\0');
            }

            if (pos < 0)
            {
                return Failed;
            }
        }

        Emit(decl, close);
        return pos;
    }

    /// <summary>
    /// An integer printed by its type: char types as a character literal (<c>'a'</c>, <c>'\x01'</c>,
    /// <c>'\u20ac'</c>, <c>'\U0001f600'</c>), bool as true/false, others as the digits with the
    /// suffix of their type (<c>u</c>, <c>L</c>, <c>uL</c>).
    /// </summary>
    private int ParseInteger(StringBuilder decl, int pos, char type)
    {
        if (type is 'a' or 'u' or 'w')
        {
            pos = ParseNumber(pos, out long value);
            if (pos < 0)
            {
                return Failed;
            }

            Emit(decl, "'");
            if (type == 'a' && value >= 0x20 && value < 0x7F)
            {
                Emit(decl, ((char)value).ToString());
            }
            else
            {
                (string escape, int width) = type switch
                {
                    'a' => ("\\x", 2),
                    'u' => ("\\u", 4),
                    _ => ("\\U", 8),
                };
                Emit(decl, escape);
                string hex = value == 0 ? string.Empty : value.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
                Emit(decl, hex.PadLeft(width, '0'));
            }

            Emit(decl, "'");
            return pos;
        }

        if (type == 'b')
        {
            pos = ParseNumber(pos, out long value);
            if (pos < 0)
            {
                return Failed;
            }

            Emit(decl, value != 0 ? "true" : "false");
            return pos;
        }

        int start = pos;
        while (char.IsAsciiDigit(At(pos)))
        {
            pos++;
        }

        if (pos == start)
        {
            return Failed;
        }

        Emit(decl, text.AsSpan(start, pos - start));
        Emit(decl, type switch
        {
            'h' or 't' or 'k' => "u",
            'l' => "L",
            'm' => "uL",
            _ => string.Empty,
        });
        return pos;
    }

    /// <summary>
    /// A real in hexadecimal: <c>NAN</c>, <c>INF</c>, <c>NINF</c>, or [<c>N</c>] hex-digits <c>P</c>
    /// [<c>N</c>] exponent, printed <c>-0x1.8p3</c>.
    /// </summary>
    private int ParseReal(StringBuilder decl, int pos)
    {
        if (pos < 0)
        {
            return Failed;
        }

        if (Follows(pos, "NAN"))
        {
            return EmitAndSkip(decl, "NaN", pos + 3);
        }

        if (Follows(pos, "INF"))
        {
            return EmitAndSkip(decl, "Inf", pos + 3);
        }

        if (Follows(pos, "NINF"))
        {
            return EmitAndSkip(decl, "-Inf", pos + 4);
        }

        if (At(pos) == 'N')
        {
            Emit(decl, "-");
            pos++;
        }

        if (!char.IsAsciiHexDigit(At(pos)))
        {
            return Failed;
        }

        Emit(decl, "0x");
        Emit(decl, text.AsSpan(pos, 1));
        Emit(decl, ".");
        int start = ++pos;
        while (char.IsAsciiHexDigit(At(pos)))
        {
            pos++;
        }

        Emit(decl, text.AsSpan(start, pos - start));
        if (At(pos) != 'P')
        {
            return Failed;
        }

        Emit(decl, "p");
        pos++;
        if (At(pos) == 'N')
        {
            Emit(decl, "-");
            pos++;
        }

        start = pos;
        while (char.IsAsciiDigit(At(pos)))
        {
            pos++;
        }

        Emit(decl, text.AsSpan(start, pos - start));
        return pos;
    }

    /// <summary>
    /// A string: <c>a</c> (char), <c>w</c> (wchar) or <c>d</c> (dchar), Number <c>_</c>, then that many
    /// bytes as hex pairs. Printable ASCII is kept, \t \n \r \f \v escaped, other bytes as <c>\x</c>
    /// with the two hex digits as written; wchar and dchar strings get their suffix.
    /// </summary>
    private int ParseString(StringBuilder decl, int pos)
    {
        char kind = At(pos);
        pos = ParseNumber(pos + 1, out long length);
        if (pos < 0 || At(pos) != '_')
        {
            return Failed;
        }

        pos++;
        if (length > (text.Length - pos) / 2)
        {
            return Failed;
        }

        Emit(decl, "\"");
        for (long i = 0; i < length; i++, pos += 2)
        {
            if (!char.IsAsciiHexDigit(At(pos)) || !char.IsAsciiHexDigit(At(pos + 1)))
            {
                return Failed;
            }

            int value = (HexValue(At(pos)) << 4) | HexValue(At(pos + 1));
            string? escaped = value switch
            {
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                '\f' => "\\f",
                '\v' => "\\v",
                >= 0x20 and < 0x7F => null,
                _ => "\\x" + text.Substring(pos, 2),
            };
            Emit(decl, escaped ?? ((char)value).ToString());
        }

        Emit(decl, kind == 'a' ? "\"" : "\"" + kind);
        return pos;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

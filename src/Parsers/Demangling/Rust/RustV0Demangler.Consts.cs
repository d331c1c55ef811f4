namespace AbiPortal.Parsers.Demangling.Rust;

internal sealed partial class RustV0Demangler
{
    /// <summary>
    /// <c>&lt;const&gt;</c>: <c>p</c> placeholder, integers (hex digits <c>_</c>, <c>n</c> for
    /// negative), <c>b</c> bool, <c>c</c> char, <c>e</c> str, <c>R</c>/<c>Q</c> references,
    /// <c>A</c> arrays, <c>T</c> tuples, <c>V</c> ADT values, <c>B</c> back references.
    /// Anything but a literal needs braces in generic-argument position.
    /// </summary>
    private bool PrintConst(bool inValue)
    {
        if (!TryNext(out char tag) || !PushDepth())
        {
            return false;
        }

        bool openedBrace = false;
        bool OpenBrace()
        {
            if (inValue)
            {
                return true;
            }

            openedBrace = true;
            return Print("{");
        }

        bool ok;
        switch (tag)
        {
            case 'p':
                ok = Print("_");
                break;
            case 'h' or 't' or 'm' or 'y' or 'o' or 'j':
                ok = PrintConstUnsigned(tag);
                break;
            case 'a' or 's' or 'l' or 'x' or 'n' or 'i':
                ok = (!Eat('n') || Print("-")) && PrintConstUnsigned(tag);
                break;
            case 'b':
                ok = ParseHexNibbles(out string bits) && TryParseUnsigned(bits, out ulong boolean) && boolean <= 1 &&
                    (!IsLlvm || bits.Length == 1) && Print(boolean == 1 ? "true" : "false");
                break;
            case 'c':
                ok = ParseHexNibbles(out string code) && TryParseUnsigned(code, out ulong scalar) && IsScalarValue(scalar) &&
                    RustCharEscaper.PrintQuoted(output, '\'', [(int)scalar], IsLlvm);
                break;
            case 'e':
                ok = OpenBrace() && Print("*") && PrintConstStr();
                break;
            case 'R' or 'Q':
                ok = tag == 'R' && Eat('e')
                    ? PrintConstStr()
                    : OpenBrace() && Print("&") && (tag == 'R' || Print("mut ")) && PrintConst(inValue: true);
                break;
            case 'A':
                ok = OpenBrace() && Print("[") && PrintSeparatedList(RustV0Production.ConstInValue, ", ", out _) && Print("]");
                break;
            case 'T':
                ok = OpenBrace() && Print("(") && PrintSeparatedList(RustV0Production.ConstInValue, ", ", out int count) &&
                    (count != 1 || Print(",")) && Print(")");
                break;
            case 'V':
                ok = OpenBrace() && PrintPath(inValue: true) && PrintConstFields();
                break;
            case 'B':
                ok = PrintBackref(inValue ? RustV0Production.ConstInValue : RustV0Production.Const);
                break;
            default:
                ok = false;
                break;
        }

        ok = ok && (!openedBrace || Print("}"));
        PopDepth();
        return ok;
    }

    /// <summary>After an ADT value's path: <c>U</c> unit, <c>T</c> tuple fields, <c>S</c> named fields.</summary>
    private bool PrintConstFields()
    {
        if (!TryNext(out char kind))
        {
            return false;
        }

        return kind switch
        {
            'U' => true,
            'T' => Print("(") && PrintSeparatedList(RustV0Production.ConstInValue, ", ", out _) && Print(")"),
            'S' => Print(" { ") && PrintSeparatedList(RustV0Production.ConstField, ", ", out _) && Print(" }"),
            _ => false,
        };
    }

    private bool PrintConstField() =>
        Disambiguator(out _) && ParseIdent(out RustIdent name) && PrintIdent(name) && Print(": ") && PrintConst(inValue: true);

    /// <summary>
    /// An unsigned value: decimal if it fits 64 bits, else <c>0x</c> and the digits as written;
    /// rustc-demangle's default form adds the type (<c>123usize</c>).
    /// </summary>
    private bool PrintConstUnsigned(char typeTag)
    {
        if (!ParseHexNibbles(out string digits))
        {
            return false;
        }

        bool printed = TryParseUnsigned(digits, out ulong value)
            ? output.Print(value)
            : Print("0x") && Print(digits);
        return printed && (Alternate || Print(BasicType(typeTag)!));
    }

    /// <summary>UTF-8 bytes in hex, printed as a double-quoted, escaped string.</summary>
    private bool PrintConstStr()
    {
        if (!ParseHexNibbles(out string digits) || digits.Length % 2 != 0)
        {
            return false;
        }

        byte[] bytes = Convert.FromHexString(digits);
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }

        var scalars = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            scalars.Add(char.ConvertToUtf32(text, i));
        }

        return RustCharEscaper.PrintQuoted(output, '"', scalars, IsLlvm);
    }

    /// <summary>
    /// Lower-case hex digits up to <c>_</c>. LLVM additionally rejects an empty value and
    /// leading zeros (the mangling is canonical).
    /// </summary>
    private bool ParseHexNibbles(out string digits)
    {
        digits = "";
        int start = next;
        while (true)
        {
            if (!TryNext(out char c))
            {
                return false;
            }

            if (c == '_')
            {
                break;
            }

            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        digits = sym.Substring(start, next - 1 - start);
        return !IsLlvm || (digits.Length > 0 && (digits[0] != '0' || digits.Length == 1));
    }

    /// <summary>The value when it fits 64 bits (leading zeros ignored), as rustc-demangle's <c>try_parse_uint</c>.</summary>
    private static bool TryParseUnsigned(string digits, out ulong value)
    {
        value = 0;
        ReadOnlySpan<char> significant = digits.AsSpan().TrimStart('0');
        if (significant.Length > 16)
        {
            return false;
        }

        foreach (char c in significant)
        {
            value = (value << 4) | (uint)(char.IsAsciiDigit(c) ? c - '0' : c - 'a' + 10);
        }

        return true;
    }

    private static bool IsScalarValue(ulong value) => value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
}

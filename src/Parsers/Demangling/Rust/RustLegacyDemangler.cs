using System.Globalization;

namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>
/// Rust's legacy mangling: an Itanium-style nested name <c>_ZN</c> (len ident)* <c>E</c> whose
/// identifiers escape punctuation as <c>$LT$</c>, <c>$u7e$</c>... and write <c>::</c> as
/// <c>..</c>, usually ending in a <c>17h</c>&lt;16 hex&gt; hash element. Reproduces
/// rustc-demangle's <c>legacy.rs</c> output.
/// </summary>
internal static class RustLegacyDemangler
{
    /// <summary>Parses the name; on success returns the element text span and the index where the suffix starts.</summary>
    public static bool TryParse(ReadOnlySpan<char> symbol, out int innerStart, out int elements, out int suffixStart)
        => TryParse(symbol, out innerStart, out elements, out suffixStart, out _, out _);

    /// <summary>
    /// Walks <c>_ZN</c> (length identifier)* <c>E</c> by the lengths, since identifiers carry '.' and '$'
    /// themselves; also returns where the last element's text starts and its length (the hash, if any).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> symbol, out int innerStart, out int elements, out int suffixStart, out int lastStart, out int lastLength)
    {
        innerStart = symbol.StartsWith("_ZN", StringComparison.Ordinal) && symbol.Length > 2 ? 3
            : symbol.StartsWith("ZN", StringComparison.Ordinal) && symbol.Length > 1 ? 2
            : symbol.StartsWith("__ZN", StringComparison.Ordinal) && symbol.Length > 3 ? 4
            : -1;
        elements = 0;
        suffixStart = 0;
        lastStart = 0;
        lastLength = 0;
        if (innerStart < 0)
        {
            return false;
        }

        int i = innerStart;
        while (true)
        {
            if (i >= symbol.Length)
            {
                return false;
            }

            if (symbol[i] == 'E')
            {
                // Checked last: most C++ names fail the walk at their first template or qualifier.
                suffixStart = i + 1;
                return !symbol.Slice(innerStart).ContainsAnyExceptInRange((char)0, (char)0x7F);
            }

            if (!char.IsAsciiDigit(symbol[i]))
            {
                return false;
            }

            long length = 0;
            while (i < symbol.Length && char.IsAsciiDigit(symbol[i]))
            {
                length = (length * 10) + (symbol[i] - '0');
                if (length > symbol.Length)
                {
                    return false;
                }

                i++;
            }

            // Overflow-safe: both sides are at most symbol.Length.
            if (length > symbol.Length - i)
            {
                return false;
            }

            lastStart = i;
            lastLength = (int)length;
            i += (int)length;
            elements++;
        }
    }

    /// <summary>Prints the elements joined by <c>::</c>, unescaped; the alternate form drops a final hash element.</summary>
    public static void Print(string symbol, int innerStart, int elements, bool alternate, RustOutput output)
    {
        int i = innerStart;
        for (int element = 0; element < elements; element++)
        {
            int digitsStart = i;
            while (char.IsAsciiDigit(symbol[i]))
            {
                i++;
            }

            int length = int.Parse(symbol.AsSpan(digitsStart, i - digitsStart), CultureInfo.InvariantCulture);
            ReadOnlySpan<char> rest = symbol.AsSpan(i, length);
            i += length;
            if (alternate && element + 1 == elements && IsRustHash(rest))
            {
                break;
            }

            if (element != 0)
            {
                output.Print("::");
            }

            PrintElement(rest, output);
        }
    }

    /// <summary>A hash element: <c>h</c> followed by hex digits only.</summary>
    internal static bool IsRustHash(ReadOnlySpan<char> element)
    {
        if (element.IsEmpty || element[0] != 'h')
        {
            return false;
        }

        foreach (char c in element[1..])
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void PrintElement(ReadOnlySpan<char> rest, RustOutput output)
    {
        // A leading '_' only protects an escape from starting the identifier.
        if (rest.StartsWith("_$"))
        {
            rest = rest[1..];
        }

        while (true)
        {
            if (rest.StartsWith("."))
            {
                bool pair = rest.Length > 1 && rest[1] == '.';
                output.Print(pair ? "::" : ".");
                rest = rest[(pair ? 2 : 1)..];
            }
            else if (rest.StartsWith("$"))
            {
                int end = rest[1..].IndexOf('$');
                if (end < 0)
                {
                    break;
                }

                ReadOnlySpan<char> escape = rest.Slice(1, end);
                string? unescaped = Unescape(escape);
                if (unescaped is null)
                {
                    break;
                }

                output.Print(unescaped);
                rest = rest[(end + 2)..];
            }
            else
            {
                int next = rest.IndexOfAny('$', '.');
                if (next < 0)
                {
                    break;
                }

                output.Print(rest[..next]);
                rest = rest[next..];
            }
        }

        output.Print(rest);
    }

    /// <summary>The named escapes of rustc's legacy mangler, and <c>u</c>&lt;lowercase hex&gt; for any non-control char.</summary>
    private static string? Unescape(ReadOnlySpan<char> escape)
    {
        switch (escape)
        {
            case "SP": return "@";
            case "BP": return "*";
            case "RF": return "&";
            case "LT": return "<";
            case "GT": return ">";
            case "LP": return "(";
            case "RP": return ")";
            case "C": return ",";
        }

        if (escape.Length < 2 || escape.Length > 9 || escape[0] != 'u')
        {
            return null;
        }

        uint value = 0;
        foreach (char c in escape[1..])
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return null;
            }

            value = (value << 4) | (uint)(c <= '9' ? c - '0' : c - 'a' + 10);
        }

        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) || IsControl(value))
        {
            return null;
        }

        return char.ConvertFromUtf32((int)value);
    }

    /// <summary>Rust's <c>char::is_control</c>: the Cc category (C0 and C1 controls).</summary>
    private static bool IsControl(uint value) => value < 0x20 || (value >= 0x7F && value < 0xA0);
}

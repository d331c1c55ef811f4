using System.Globalization;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// Splits <c>.drectve</c> text into linker options and picks out the exports. Options are
/// separated by spaces; a double-quoted run may contain spaces (how MSVC and GNU as quote
/// names). Both <c>/</c> and <c>-</c> introduce options, and option names are case-insensitive.
/// </summary>
internal static class CoffDirectiveParser
{
    public static List<string> Tokenize(string text, int maxTokens)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false, any = false;
        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (!quoted && (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0'))
            {
                if (any)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    any = false;
                    if (tokens.Count >= maxTokens)
                    {
                        return tokens;
                    }
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>Parses the argument of one <c>/EXPORT:</c> option; null when it is malformed.</summary>
    public static CoffDirectiveExport? ParseExport(string argument)
    {
        // Walked as spans: only the names become strings, however many ",@n" parts a hostile
        // directive strings together.
        var text = argument.AsSpan();
        int comma = text.IndexOf(',');
        var head = comma < 0 ? text : text[..comma];
        if (head.IsEmpty)
        {
            return null;
        }

        string name;
        string? internalName = null;
        int eq = head.IndexOf('=');
        if (eq >= 0)
        {
            if (eq == 0 || eq == head.Length - 1)
            {
                return null;
            }

            name = head[..eq].ToString();
            internalName = head[(eq + 1)..].ToString();
        }
        else
        {
            name = comma < 0 ? argument : head.ToString();
        }

        uint? ordinal = null;
        bool data = false, noName = false, isPrivate = false;
        var options = comma < 0 ? ReadOnlySpan<char>.Empty : text[(comma + 1)..];
        foreach (var range in options.Split(','))
        {
            if (comma < 0)
            {
                // An empty span still splits into one empty part; without a comma there are none.
                break;
            }

            var part = options[range].Trim();
            if (part.StartsWith('@') && uint.TryParse(part[1..], NumberStyles.None, CultureInfo.InvariantCulture, out uint o))
            {
                ordinal = o;
            }
            else if (part.Equals("DATA", StringComparison.OrdinalIgnoreCase))
            {
                data = true;
            }
            else if (part.Equals("NONAME", StringComparison.OrdinalIgnoreCase))
            {
                noName = true;
            }
            else if (part.Equals("PRIVATE", StringComparison.OrdinalIgnoreCase))
            {
                isPrivate = true;
            }
            else
            {
                return null;
            }
        }

        return new CoffDirectiveExport(name, internalName, ordinal, data, noName, isPrivate);
    }
}

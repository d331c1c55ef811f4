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
        string[] parts = argument.Split(',');
        string head = parts[0];
        if (head.Length == 0)
        {
            return null;
        }

        string name = head;
        string? internalName = null;
        int eq = head.IndexOf('=', StringComparison.Ordinal);
        if (eq >= 0)
        {
            name = head[..eq];
            internalName = head[(eq + 1)..];
            if (name.Length == 0 || internalName.Length == 0)
            {
                return null;
            }
        }

        uint? ordinal = null;
        bool data = false, noName = false, isPrivate = false;
        foreach (string raw in parts.Skip(1))
        {
            string part = raw.Trim();
            if (part.StartsWith('@') && uint.TryParse(part.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out uint o))
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

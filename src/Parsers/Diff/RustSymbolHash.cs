namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Recognises Rust symbols that differ only by the compiler's hash, which changes on every rebuild
/// with other flags or dependencies: a rebuild, not an API change.
/// </summary>
public static class RustSymbolHash
{
    /// <summary>
    /// The symbol without its hash, or null when it is no Rust symbol with a hash. Legacy mangling
    /// (<c>_ZN...17h&lt;16 hex&gt;E</c>, rustc's symbol_names/legacy.rs) ends in a path component
    /// <c>h</c> + 16 hex digits; v0 mangling (RFC 2603, <c>_R...</c>) carries the hash as crate
    /// disambiguators <c>Cs&lt;base-62&gt;_</c>, which are removed.
    /// </summary>
    public static string? Key(string? name)
    {
        if (name is null)
        {
            return null;
        }

        // Mach-O adds one leading underscore to every C-level name.
        int start = name.StartsWith("__Z", StringComparison.Ordinal) || name.StartsWith("__R", StringComparison.Ordinal) ? 1 : 0;
        var body = name.AsSpan(start);
        if (body.StartsWith("_ZN", StringComparison.Ordinal))
        {
            return LegacyKey(name);
        }

        return body.StartsWith("_R", StringComparison.Ordinal) ? V0Key(name, start + 2) : null;
    }

    private static string? LegacyKey(string name)
    {
        const int HashLength = 20; // "17h" + 16 hex digits + "E"
        if (name.Length < HashLength + 3 || name[^1] != 'E')
        {
            return null;
        }

        int at = name.Length - HashLength;
        if (name[at] != '1' || name[at + 1] != '7' || name[at + 2] != 'h')
        {
            return null;
        }

        for (int i = at + 3; i < name.Length - 1; i++)
        {
            if (!char.IsAsciiHexDigit(name[i]))
            {
                return null;
            }
        }

        return name[..at];
    }

    private static string? V0Key(string name, int from)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        sb.Append(name, 0, from);
        bool removed = false;
        int i = from;
        while (i < name.Length)
        {
            // A crate root with a disambiguator: 'C' 's' base-62 digits '_' then the identifier's decimal length.
            if (name[i] == 'C' && i + 1 < name.Length && name[i + 1] == 's')
            {
                int j = i + 2;
                while (j < name.Length && char.IsAsciiLetterOrDigit(name[j]))
                {
                    j++;
                }

                if (j < name.Length - 1 && name[j] == '_' && char.IsAsciiDigit(name[j + 1]))
                {
                    sb.Append('C');
                    i = j + 1;
                    removed = true;
                    continue;
                }
            }

            sb.Append(name[i]);
            i++;
        }

        return removed ? sb.ToString() : null;
    }
}

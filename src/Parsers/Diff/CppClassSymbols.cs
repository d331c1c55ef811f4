namespace AbiPortal.Parsers.Diff;

/// <summary>
/// What Itanium C++ ABI symbols (§5.1, "External Names") say about classes without debug info:
/// a class's vtable is <c>_ZTV</c> + its type, its typeinfo <c>_ZTI</c> + type and the typeinfo's
/// name <c>_ZTS</c> + type; its members are nested names <c>_ZN</c> [qualifiers] + the class's
/// components + one member name + <c>E</c>. Mach-O prefixes every name with one more underscore.
/// </summary>
internal static class CppClassSymbols
{
    /// <summary>The special-name prefix (<c>_ZTV</c>, <c>_ZTI</c>, <c>_ZTS</c>) and the class's type encoding, or false.</summary>
    public static bool TrySplitSpecial(string name, out string prefix, out string type)
    {
        var itanium = Itanium(name);
        if (itanium.Length > 4 && itanium[3] is 'V' or 'I' or 'S' && itanium.StartsWith("_ZT", StringComparison.Ordinal)
            && (char.IsAsciiDigit(itanium[4]) || itanium[4] is 'N' or 'S'))
        {
            prefix = itanium[..4].ToString();
            type = itanium[4..].ToString();
            return true;
        }

        prefix = type = string.Empty;
        return false;
    }

    /// <summary>
    /// The components a member name starts with after <c>_ZN</c>: <c>N2ns5CodecE</c> is
    /// <c>2ns5Codec</c>, and an unnested <c>6Widget</c> or <c>St9exception</c> stays as it is.
    /// </summary>
    public static string MemberPrefix(string type)
        => type.Length > 2 && type[0] == 'N' && type[^1] == 'E' ? type[1..^1] : type;

    /// <summary>
    /// The nested-name body of a member symbol: <c>_ZNK2ns5Codec6encodeEv</c> gives
    /// <c>2ns5Codec6encodeEv</c> (cv- and ref-qualifiers dropped); empty when it is no nested name.
    /// </summary>
    public static ReadOnlySpan<char> NestedBody(string name)
    {
        var s = Itanium(name);
        if (!s.StartsWith("_ZN", StringComparison.Ordinal))
        {
            return [];
        }

        s = s[3..];
        while (s.Length > 0 && s[0] is 'r' or 'V' or 'K' or 'R' or 'O')
        {
            s = s[1..];
        }

        return s;
    }

    /// <summary>
    /// Whether <paramref name="rest"/> (what follows the class's components) is one member of the
    /// class itself: a source name, constructor, destructor or operator, optional ABI tags, then the
    /// end of the nested name or template arguments. Another source name would be a nested class.
    /// </summary>
    public static bool IsDirectMember(ReadOnlySpan<char> rest)
    {
        int i = 0;
        if (rest.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(rest[0]))
        {
            if (!TrySkipSourceName(rest, ref i))
            {
                return false;
            }
        }
        else if (rest[0] is 'C' or 'D' && rest.Length > 1 && (char.IsAsciiDigit(rest[1]) || rest[1] == 'I'))
        {
            i = rest[1] == 'I' ? 3 : 2;
        }
        else if (rest.Length > 1 && char.IsAsciiLetterLower(rest[0]) && char.IsAsciiLetter(rest[1]))
        {
            // An operator (<operator-name>: two letters, cv for conversions whose type follows).
            if (rest[0] == 'c' && rest[1] == 'v')
            {
                return true;
            }

            i = 2;
        }
        else
        {
            return false;
        }

        while (i < rest.Length && rest[i] == 'B')
        {
            i++;
            if (!TrySkipSourceName(rest, ref i))
            {
                return false;
            }
        }

        return i < rest.Length && rest[i] is 'E' or 'I';
    }

    /// <summary>The class name from a demangled special name: <c>vtable for ns::Codec</c> gives <c>ns::Codec</c>.</summary>
    public static string? ClassName(string? demangled)
    {
        foreach (string prefix in (ReadOnlySpan<string>)["vtable for ", "typeinfo for ", "typeinfo name for "])
        {
            if (demangled is not null && demangled.StartsWith(prefix, StringComparison.Ordinal))
            {
                return demangled[prefix.Length..];
            }
        }

        return null;
    }

    private static bool TrySkipSourceName(ReadOnlySpan<char> s, ref int i)
    {
        int start = i, length = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && length < 100_000)
        {
            length = (length * 10) + (s[i] - '0');
            i++;
        }

        if (i == start || length == 0 || length > s.Length - i)
        {
            return false;
        }

        i += length;
        return true;
    }

    /// <summary>The name without Mach-O's extra leading underscore.</summary>
    private static ReadOnlySpan<char> Itanium(string name)
        => name.StartsWith("__Z", StringComparison.Ordinal) ? name.AsSpan(1) : name.AsSpan();
}

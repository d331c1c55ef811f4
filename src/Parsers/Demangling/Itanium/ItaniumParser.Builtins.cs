namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;builtin-type&gt;</c> (Itanium C++ ABI 5.1.5.2): the one- and two-letter codes.</summary>
internal ref partial struct ItaniumParser
{
    /// <summary>The builtin type coded at <paramref name="first"/> (and <paramref name="second"/> after a 'D'), with its code length.</summary>
    private static (string Name, int Length)? BuiltinName(char first, char second)
    {
        if (first == 'D')
        {
            string? two = second switch
            {
                'd' => "decimal64",
                'e' => "decimal128",
                'f' => "decimal32",
                'h' => "half",
                'i' => "char32_t",
                's' => "char16_t",
                'u' => "char8_t",
                'a' => "auto",
                'c' => "decltype(auto)",
                'n' => "std::nullptr_t",
                _ => null,
            };
            return two is null ? null : (two, 2);
        }

        string? one = first switch
        {
            'v' => "void",
            'w' => "wchar_t",
            'b' => "bool",
            'c' => "char",
            'a' => "signed char",
            'h' => "unsigned char",
            's' => "short",
            't' => "unsigned short",
            'i' => "int",
            'j' => "unsigned int",
            'l' => "long",
            'm' => "unsigned long",
            'x' => "long long",
            'y' => "unsigned long long",
            'n' => "__int128",
            'o' => "unsigned __int128",
            'f' => "float",
            'd' => "double",
            'e' => "long double",
            'g' => "__float128",
            'z' => "...",
            _ => null,
        };
        return one is null ? null : (one, 1);
    }
}

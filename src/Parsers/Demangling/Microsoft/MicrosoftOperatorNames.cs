namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// The operator and compiler-generated function codes: <c>?X</c>, <c>?_X</c> and <c>?__X</c> for
/// X in 0-9, A-Z, with the text <c>llvm-undname</c> prints. Codes with no meaning in a group (or
/// handled elsewhere, such as <c>?_7</c> vftables) print nothing, as in LLVM.
/// </summary>
internal static class MicrosoftOperatorNames
{
    private static readonly string[] Basic =
    [
        "", "", "operator new", "operator delete", "operator=", "operator>>", "operator<<", "operator!",
        "operator==", "operator!=", "operator[]", "", "operator->", "operator*", "operator++", "operator--",
        "operator-", "operator+", "operator&", "operator->*", "operator/", "operator%", "operator<", "operator<=",
        "operator>", "operator>=", "operator,", "operator()", "operator~", "operator^", "operator|", "operator&&",
        "operator||", "operator*=", "operator+=", "operator-=",
    ];

    private static readonly string[] Under =
    [
        "operator/=", "operator%=", "operator>>=", "operator<<=", "operator&=", "operator|=", "operator^=", "",
        "", "", "", "", "", "`vbase dtor'", "`vector deleting dtor'", "`default ctor closure'",
        "`scalar deleting dtor'", "`vector ctor iterator'", "`vector dtor iterator'", "`vector vbase ctor iterator'",
        "`virtual displacement map'", "`eh vector ctor iterator'", "`eh vector dtor iterator'",
        "`eh vector vbase ctor iterator'", "`copy ctor closure'", "", "", "", "", "`local vftable ctor closure'",
        "operator new[]", "operator delete[]", "", "", "", "",
    ];

    private static readonly string[] DoubleUnder =
    [
        "", "", "", "", "", "", "", "", "", "",
        "`managed vector ctor iterator'", "`managed vector dtor iterator'", "`EH vector copy ctor iterator'",
        "`EH vector vbase copy ctor iterator'", "", "", "`vector copy ctor iterator'",
        "`vector vbase copy constructor iterator'", "`managed vector vbase copy constructor iterator'", "", "",
        "operator co_await", "operator<=>", "", "", "", "", "", "", "", "", "", "", "", "", "",
    ];

    /// <summary>The text for <paramref name="code"/> in group 0 (<c>?</c>), 1 (<c>?_</c>) or 2 (<c>?__</c>); null if not 0-9/A-Z.</summary>
    public static string? Lookup(int group, char code)
    {
        int index;
        if (char.IsAsciiDigit(code))
        {
            index = code - '0';
        }
        else if (code is >= 'A' and <= 'Z')
        {
            index = code - 'A' + 10;
        }
        else
        {
            return null;
        }

        return group switch
        {
            0 => Basic[index],
            1 => Under[index],
            _ => DoubleUnder[index],
        };
    }
}

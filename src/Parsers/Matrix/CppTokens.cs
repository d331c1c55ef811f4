namespace AbiPortal.Parsers.Matrix;

/// <summary>
/// Splits demangled C++ text, as either demangler prints it, into words and punctuation, and
/// writes a token list back in one canonical spacing. An operator name (<c>operator&lt;&lt;</c>,
/// <c>operator()</c>, <c>operator new[]</c>) is one word, so its brackets never count as template
/// brackets; so are MSVC's quoted names (<c>`vftable'</c>, <c>`anonymous namespace'</c>) and
/// Itanium's <c>(anonymous namespace)</c> and <c>{lambda(int)#1}</c>.
/// </summary>
internal static class CppTokens
{
    // Longest first, so "<<=" wins over "<<" and "<".
    private static readonly string[] OperatorSymbols =
    [
        "<=>", "<<=", ">>=", "->*", "()", "[]", "->", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "++", "--",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "\"\"", "+", "-", "*", "/", "%", "^", "&", "|", "~", "!", "=", "<", ">", ",",
    ];

    /// <summary>The tokens of <paramref name="text"/>: words, <c>::</c>, <c>&amp;&amp;</c> and single punctuation characters.</summary>
    public static List<string> Split(string text)
    {
        var tokens = new List<string>(16);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ')
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                int start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                string word = text[start..i];
                if (word == "operator")
                {
                    i = OperatorName(text, i, out word);
                }

                tokens.Add(word);
            }
            else if (c == '`')
            {
                // MSVC's special names: `vftable', `anonymous namespace', `scalar deleting dtor'.
                int end = text.IndexOf('\'', i + 1);
                end = end < 0 ? text.Length : end + 1;
                tokens.Add(text[i..end]);
                i = end;
            }
            else if (c == '{' || (c == '(' && text.AsSpan(i).StartsWith("(anonymous namespace)", StringComparison.Ordinal)))
            {
                int end = Balanced(text, i, c, c == '{' ? '}' : ')');
                tokens.Add(text[i..end]);
                i = end;
            }
            else if ((c == ':' || c == '&') && i + 1 < text.Length && text[i + 1] == c)
            {
                tokens.Add(c == ':' ? "::" : "&&");
                i += 2;
            }
            else
            {
                tokens.Add(c.ToString());
                i++;
            }
        }

        return tokens;
    }

    /// <summary>
    /// Writes tokens back with one spacing rule, close to what LLVM's Itanium demangler prints:
    /// a space between two words, after a comma, after a closing bracket that a word follows
    /// (<c>) const</c>, <c>&gt; const&amp;</c>), after <c>*</c> or <c>&amp;</c> that a word follows
    /// (<c>char* const</c>), and before a declarator's parenthesis (<c>void (*)(int)</c>).
    /// </summary>
    public static string Join(List<string> tokens, int start, int end)
    {
        var text = new System.Text.StringBuilder(64);
        for (int i = start; i < end; i++)
        {
            string token = tokens[i];
            if (i > start && NeedsSpace(tokens[i - 1], token, tokens, i, end))
            {
                text.Append(' ');
            }

            text.Append(token);
        }

        return text.ToString();
    }

    /// <summary>Whether a token is a word (an identifier, keyword, number, operator name or quoted special name).</summary>
    public static bool IsWord(string token) => token.Length > 0 && (IsWordChar(token[0]) || token[0] is '`' or '{' || token.StartsWith("(anonymous", StringComparison.Ordinal));

    private static bool NeedsSpace(string previous, string token, List<string> tokens, int index, int end)
    {
        if (previous == ",")
        {
            return true;
        }

        bool word = IsWord(token);
        if (word && (IsWord(previous) || previous is ")" or ">" or "*" or "&" or "&&" or "]"))
        {
            return true;
        }

        // A ref-qualifier after a parameter list: "data() &&".
        if (previous == ")" && token is "&" or "&&")
        {
            return true;
        }

        // A declarator in parentheses: "void (*)(int)", "int (tally::Counter::*)()".
        return token == "(" && (IsWord(previous) || previous == ">") && IsDeclarator(tokens, index, end);
    }

    /// <summary>Whether the group opening at <paramref name="open"/> declares a pointer or reference (it ends in <c>*)</c> or <c>&amp;)</c>).</summary>
    private static bool IsDeclarator(List<string> tokens, int open, int end)
    {
        int depth = 0;
        for (int i = open; i < end; i++)
        {
            if (tokens[i] == "(")
            {
                depth++;
            }
            else if (tokens[i] == ")" && --depth == 0)
            {
                return i > open + 1 && tokens[i - 1] is "*" or "&" or "&&" or "^";
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '.' || c > 127;

    /// <summary>After the word <c>operator</c>: the whole operator name (<c>operator+=</c>, <c>operator new[]</c>); a conversion operator stays <c>operator</c> and its type follows as words.</summary>
    private static int OperatorName(string text, int i, out string word)
    {
        int j = i;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var rest = text.AsSpan(j);
        foreach (string symbol in OperatorSymbols)
        {
            if (rest.StartsWith(symbol, StringComparison.Ordinal))
            {
                word = "operator" + symbol;
                return j + symbol.Length;
            }
        }

        foreach (string allocation in (ReadOnlySpan<string>)["new[]", "delete[]", "new", "delete", "co_await"])
        {
            if (rest.StartsWith(allocation, StringComparison.Ordinal) && (rest.Length == allocation.Length || !IsWordChar(rest[allocation.Length])))
            {
                word = "operator " + allocation;
                return j + allocation.Length;
            }
        }

        word = "operator";
        return i;
    }

    private static int Balanced(string text, int i, char open, char close)
    {
        int depth = 0;
        for (int j = i; j < text.Length; j++)
        {
            if (text[j] == open)
            {
                depth++;
            }
            else if (text[j] == close && --depth == 0)
            {
                return j + 1;
            }
        }

        return text.Length;
    }
}

namespace AbiPortal.Parsers.Matrix;

/// <summary>
/// One comparable form for a demangled C++ name, whichever scheme mangled it, so that
/// <c>_ZN5tally7Counter3addEi</c> (Itanium: <c>tally::Counter::add(int)</c>) and
/// <c>?add@Counter@tally@@QEAAXH@Z</c> (Microsoft: <c>public: void __cdecl tally::Counter::add(int)</c>)
/// are one name: <c>tally::Counter::add(int)</c>.
/// <para>
/// Taken off: MSVC's access words (<c>public:</c>), <c>virtual</c> and <c>static</c>, calling
/// conventions (also inside function-pointer types), <c>__ptr64</c>/<c>__ptr32</c>,
/// <c>class</c>/<c>struct</c>/<c>union</c>/<c>enum</c> before a type, the return type (Itanium
/// prints one only for templates; overloads never differ by it), <c>(void)</c> for <c>()</c>,
/// the libstdc++/libc++ inline namespaces (<c>std::__cxx11::</c>, <c>std::__1::</c>) and spacing.
/// <c>__int64</c> is read as <c>long long</c>, and MSVC's <c>X::`vftable'</c> as <c>vtable for X</c>.
/// A variable is keyed by its qualified name (Itanium prints no type for one, MSVC does).
/// </para>
/// <para>
/// Not matched: the two ABIs' own special symbols (Itanium typeinfo, VTT, thunks, guard
/// variables; MSVC RTTI descriptors, deleting destructors, which have no counterpart), types
/// that differ between data models (<c>size_t</c> is <c>unsigned long</c> on LP64 and
/// <c>unsigned long long</c> on 64-bit Windows: <see cref="Loose"/> gives the key that equates
/// them, used only to pair rows that no platform has both of), and lambdas or local names.
/// </para>
/// </summary>
public static class CppSignatureKey
{
    /// <summary>Itanium's special names, which are keyed whole: "non-virtual thunk to f()" is not f().</summary>
    private static readonly string[] ItaniumSpecialPrefixes =
    [
        "vtable for ", "VTT for ", "construction vtable for ", "typeinfo for ", "typeinfo name for ", "guard variable for ",
        "reference temporary ", "non-virtual thunk to ", "virtual thunk to ", "covariant return thunk to ",
        "thread-local wrapper routine for ", "TLS init function for ", "transaction clone for ", "hidden alias for ",
        "template parameter object for ", "import thunk for ",
    ];

    private static readonly HashSet<string> DroppedWords = new(StringComparer.Ordinal)
    {
        "__cdecl", "__stdcall", "__fastcall", "__thiscall", "__vectorcall", "__clrcall", "__regcall",
        "__ptr64", "__ptr32", "virtual", "static", "class", "struct", "union", "enum",
    };

    /// <summary>
    /// The standard-library names the Itanium scheme abbreviates (<c>Ss</c>, <c>Si</c>, <c>So</c>,
    /// <c>Sd</c>), which the demangler prints short and MSVC's demangler spells out.
    /// </summary>
    private static readonly Dictionary<string, string[]> StandardAbbreviations = new(StringComparer.Ordinal)
    {
        ["string"] = CppTokens.Split("basic_string<char, std::char_traits<char>, std::allocator<char>>").ToArray(),
        ["istream"] = CppTokens.Split("basic_istream<char, std::char_traits<char>>").ToArray(),
        ["ostream"] = CppTokens.Split("basic_ostream<char, std::char_traits<char>>").ToArray(),
        ["iostream"] = CppTokens.Split("basic_iostream<char, std::char_traits<char>>").ToArray(),
    };

    private static readonly HashSet<string> InlineNamespaces = new(StringComparer.Ordinal) { "__cxx11", "__1", "__ndk1", "__u" };

    /// <summary>The comparable form of <paramref name="demangled"/>, or null for empty text.</summary>
    public static string? From(string? demangled)
    {
        if (string.IsNullOrWhiteSpace(demangled))
        {
            return null;
        }

        foreach (string prefix in ItaniumSpecialPrefixes)
        {
            if (demangled.StartsWith(prefix, StringComparison.Ordinal))
            {
                // Not cleaned: "non-virtual thunk" must keep its "virtual".
                var whole = CppTokens.Split(demangled);
                return CppTokens.Join(whole, 0, whole.Count);
            }
        }

        var tokens = Clean(CppTokens.Split(demangled));
        if (tokens.Count == 0)
        {
            return null;
        }

        if (Vftable(tokens) is { } vtable)
        {
            return vtable;
        }

        if (ParameterList(tokens) is int open)
        {
            int nameStart = NameStart(tokens, open - 1);
            if (nameStart >= 0)
            {
                // The name, the parameters, then what qualifies the function: const, volatile, &, &&.
                return CppTokens.Join(tokens, nameStart, open) + CppTokens.Join(tokens, open, tokens.Count);
            }
        }
        else if (NameStart(tokens, tokens.Count - 1) is int variable and >= 0)
        {
            // A variable: the qualified name without the type MSVC prints before it.
            return CppTokens.Join(tokens, variable, tokens.Count);
        }

        return CppTokens.Join(tokens, 0, tokens.Count);
    }

    /// <summary>
    /// <paramref name="key"/> with <c>long long</c> read as <c>long</c>: the form in which a
    /// function taking a <c>size_t</c> or <c>int64_t</c> on LP64 (Linux, macOS) and on LLP64
    /// (64-bit Windows) is the same function.
    /// </summary>
    public static string Loose(string key) => key.Replace("long long", "long", StringComparison.Ordinal);

    /// <summary>Takes off the words that differ between the demanglers and never change which function is meant.</summary>
    private static List<string> Clean(List<string> tokens)
    {
        var kept = new List<string>(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            if (token is "public" or "protected" or "private" && i + 1 < tokens.Count && tokens[i + 1] == ":")
            {
                i++;
            }
            else if (DroppedWords.Contains(token))
            {
                // "class" and friends are MSVC's type prefixes; a calling convention or pointer size says nothing Itanium prints.
            }
            else if (token == "__int64")
            {
                kept.Add("long");
                kept.Add("long");
            }
            else if (InlineNamespaces.Contains(token) && i + 1 < tokens.Count && tokens[i + 1] == "::" && kept.Count > 0 && kept[^1] == "::")
            {
                i++;
            }
            else if (kept.Count >= 2 && kept[^1] == "::" && kept[^2] == "std" && (kept.Count == 2 || kept[^3] != "::")
                     && StandardAbbreviations.TryGetValue(token, out var spelledOut) && (i + 1 == tokens.Count || tokens[i + 1] != "<"))
            {
                kept.AddRange(spelledOut);
            }
            else if (token == "void" && kept.Count > 0 && kept[^1] == "(" && i + 1 < tokens.Count && tokens[i + 1] == ")")
            {
                // (void) is ().
            }
            else
            {
                kept.Add(token);
            }
        }

        return kept;
    }

    /// <summary>MSVC's <c>const X::`vftable'</c> is Itanium's <c>vtable for X</c>; a vftable for one base of several stays as it is.</summary>
    private static string? Vftable(List<string> tokens)
    {
        if (tokens[^1] != "`vftable'" || tokens.Count < 3 || tokens[^2] != "::")
        {
            return null;
        }

        int start = NameStart(tokens, tokens.Count - 3);
        return start < 0 ? null : "vtable for " + CppTokens.Join(tokens, start, tokens.Count - 2);
    }

    /// <summary>
    /// Where the function's parameter list opens: the last parenthesised group outside template arguments
    /// that follows a name and is followed only by qualifiers (<c>const</c>, <c>volatile</c>,
    /// <c>&amp;</c>, <c>&amp;&amp;</c>, <c>noexcept</c>).
    /// </summary>
    private static int? ParameterList(List<string> tokens)
    {
        int end = tokens.Count;
        while (end > 0 && tokens[end - 1] is "const" or "volatile" or "&" or "&&" or "noexcept" or "restrict" or "__restrict")
        {
            end--;
        }

        if (end == 0 || tokens[end - 1] != ")")
        {
            return null;
        }

        int depth = 0;
        for (int i = end - 1; i >= 0; i--)
        {
            if (tokens[i] == ")")
            {
                depth++;
            }
            else if (tokens[i] == "(" && --depth == 0)
            {
                return i > 0 && (CppTokens.IsWord(tokens[i - 1]) || tokens[i - 1] == ">") ? i : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the qualified name ending at <paramref name="last"/> starts: words joined by
    /// <c>::</c>, each with optional template arguments and a <c>~</c> for a destructor; -1 when
    /// no name ends there.
    /// </summary>
    private static int NameStart(List<string> tokens, int last)
    {
        // A conversion operator's name runs on into its type: "operator char const*".
        for (int k = last; k > 0 && tokens[k] is not ("(" or ")" or ","); k--)
        {
            if (tokens[k] == "operator")
            {
                last = k;
                break;
            }
        }

        int i = last;
        while (true)
        {
            if (i >= 0 && tokens[i] == ">")
            {
                i = MatchingAngle(tokens, i) - 1;
            }

            if (i < 0 || !CppTokens.IsWord(tokens[i]))
            {
                return -1;
            }

            if (i > 0 && tokens[i - 1] == "~")
            {
                i--;
            }

            if (i > 1 && tokens[i - 1] == "::")
            {
                i -= 2;
                continue;
            }

            return i;
        }
    }

    private static int MatchingAngle(List<string> tokens, int close)
    {
        int depth = 0;
        for (int i = close; i >= 0; i--)
        {
            if (tokens[i] is ">")
            {
                depth++;
            }
            else if (tokens[i] is "<" && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}

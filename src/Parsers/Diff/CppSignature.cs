namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Splits a demangled C++ function name into its qualified name, so that a removed
/// <c>ns::f(int)</c> and an added <c>ns::f(long)</c> can be reported as one signature change.
/// Works on the text both demanglers print: Itanium (<c>ns::C::f(int) const</c>, templates with a
/// return type first: <c>void f&lt;int&gt;(int)</c>) and Microsoft (<c>public: void __cdecl ns::C::f(int)</c>).
/// </summary>
public static class CppSignature
{
    /// <summary>The qualified name without return type, access, calling convention or parameters; null when the text is no function signature.</summary>
    public static string? QualifiedName(string? demangled)
    {
        if (string.IsNullOrEmpty(demangled))
        {
            return null;
        }

        int close = demangled.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        // The parameter list is the last balanced (...) group; parameter types may hold their own
        // parentheses (function pointers), which the depth count steps over.
        int depth = 0, open = -1;
        for (int i = close; i >= 0; i--)
        {
            char c = demangled[i];
            if (c == ')')
            {
                depth++;
            }
            else if (c == '(' && --depth == 0)
            {
                open = i;
                break;
            }
        }

        if (open <= 0)
        {
            return null;
        }

        return LastName(demangled.AsSpan(0, open).TrimEnd());
    }

    /// <summary>The last space-separated token outside template arguments, keeping <c>operator new</c>-style names whole.</summary>
    private static string? LastName(ReadOnlySpan<char> prefix)
    {
        int angle = 0, paren = 0;
        for (int i = prefix.Length - 1; i >= 0; i--)
        {
            char c = prefix[i];
            switch (c)
            {
                case '>': angle++; break;
                case '<': angle = Math.Max(0, angle - 1); break;
                case ')': paren++; break;
                case '(': paren = Math.Max(0, paren - 1); break;
                case ' ' when angle == 0 && paren == 0:
                    // "operator new", "operator int": the space belongs to the name.
                    if (prefix[..i].EndsWith("operator", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var name = prefix[(i + 1)..];
                    return name.IsEmpty ? null : name.ToString();
            }
        }

        return prefix.IsEmpty ? null : prefix.ToString();
    }
}

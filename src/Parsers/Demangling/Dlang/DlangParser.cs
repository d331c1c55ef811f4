using System.Text;

namespace AbiPortal.Parsers.Demangling.Dlang;

/// <summary>
/// Reads a D mangled name (https://dlang.org/spec/abi.html#name_mangling) and prints it into
/// <see cref="StringBuilder"/>s. Every production takes a position and returns the position after
/// it, or <see cref="Failed"/>, which every later production passes on. Positions past the end read
/// as '\0', like the NUL that ends a C string. Recursion is bounded by <see cref="MaxDepth"/> and
/// the text written by <see cref="MaxOutput"/>, because type back references can be nested so that
/// each one doubles the work.
/// </summary>
internal sealed partial class DlangParser(string text)
{
    private const int Failed = -1;
    private const int MaxDepth = 192;
    private const int MaxOutput = 1 << 20;

    private readonly string text = text;

    /// <summary>
    /// Position of the type back reference being expanded: one nested inside it must point further
    /// back, so a reference to itself (or a cycle) fails instead of recursing forever.
    /// </summary>
    private int lastBackref = text.Length;
    private int depth;
    private int written;

    /// <summary><c>_Dmain</c> is the program's entry point; anything else is a full mangled name or null.</summary>
    public string? Demangle()
    {
        if (text == "_Dmain")
        {
            return "D main";
        }

        var decl = new StringBuilder();
        int end = ParseMangle(decl, 0);
        return end == text.Length && written <= MaxOutput && decl.Length > 0 ? decl.ToString() : null;
    }

    /// <summary>
    /// MangledName: <c>_D</c> QualifiedName (Type | <c>Z</c>). The type is a function's return type or
    /// a variable's type: parsed, not printed.
    /// </summary>
    private int ParseMangle(StringBuilder decl, int pos)
    {
        pos = ParseQualified(decl, pos + 2, suffixModifiers: true);
        if (pos < 0)
        {
            return Failed;
        }

        return At(pos) switch
        {
            'Z' => pos + 1,
            'M' => ParseBackreferencedFunctionType(decl, pos),
            _ => ParseType(new StringBuilder(), pos),
        };
    }

    /// <summary>
    /// <c>M</c> TypeModifiers TypeBackRef ending a name: dmd 2.100 writes a nested or member function's
    /// whole type as a back reference to an earlier, equal function type (<c>wrapMQk</c>). libiberty and
    /// LLVM stop there; it is printed as they print the same name written out (<c>wrapMFZv</c>): the
    /// parameters and the <c>this</c> modifiers after the name.
    /// </summary>
    private int ParseBackreferencedFunctionType(StringBuilder decl, int pos)
    {
        var modifiers = new StringBuilder();
        int reference = ParseTypeModifiers(modifiers, pos + 1);
        if (reference < 0 || At(reference) != 'Q' || reference >= lastBackref)
        {
            return Failed;
        }

        int next = ParseBackref(reference, out int target);
        if (next < 0 || !IsCallConvention(At(target)))
        {
            return Failed;
        }

        int outer = lastBackref;
        lastBackref = reference;
        int end = ParseFunctionTypeNoReturn(decl, null, null, target);
        end = ParseType(new StringBuilder(), end);
        lastBackref = outer;
        if (end < 0)
        {
            return Failed;
        }

        Emit(decl, modifiers);
        return next;
    }

    /// <summary>
    /// QualifiedName: SymbolFunctionName+, printed joined by '.'. A nested function's name carries its
    /// parameters (<c>F...Z</c>, optionally after <c>M</c> and the <c>this</c> modifiers), printed after
    /// it; when nothing follows them they were the symbol's own type after all, and are taken back.
    /// Anonymous parts (<c>0</c>) are skipped without a separator.
    /// </summary>
    private int ParseQualified(StringBuilder decl, int pos, bool suffixModifiers)
    {
        if (pos < 0 || !Enter())
        {
            return Failed;
        }

        int parts = 0;
        do
        {
            if (At(pos) == '0')
            {
                while (At(pos) == '0')
                {
                    pos++;
                }

                continue;
            }

            if (parts++ > 0)
            {
                Emit(decl, ".");
            }

            pos = ParseIdentifier(decl, pos);
            if (pos >= 0 && (At(pos) == 'M' || IsCallConvention(At(pos))))
            {
                int start = pos;
                int saved = decl.Length;
                var modifiers = new StringBuilder();
                if (At(pos) == 'M')
                {
                    pos = ParseTypeModifiers(modifiers, pos + 1);
                }

                pos = ParseFunctionTypeNoReturn(decl, null, null, pos);
                if (suffixModifiers)
                {
                    Emit(decl, modifiers);
                }

                if (pos < 0 || pos >= text.Length)
                {
                    pos = start;
                    decl.Length = saved;
                }
            }
        }
        while (pos >= 0 && IsSymbolNameStart(pos));

        depth--;
        return pos;
    }

    /// <summary>A SymbolName starts here: a length, <c>__T</c>/<c>__U</c>, or a back reference to a length.</summary>
    private bool IsSymbolNameStart(int pos)
    {
        char c = At(pos);
        if (char.IsAsciiDigit(c) || IsTemplateStart(pos))
        {
            return true;
        }

        if (c != 'Q' || DecodeBackref(pos + 1, out long distance) < 0 || distance > pos)
        {
            return false;
        }

        return char.IsAsciiDigit(At(pos - (int)distance));
    }

    private bool IsTemplateStart(int pos) => At(pos) == '_' && At(pos + 1) == '_' && At(pos + 2) is 'T' or 'U';

    private static bool IsCallConvention(char c) => c is 'F' or 'U' or 'W' or 'V' or 'R' or 'Y';

    /// <summary>
    /// Number: decimal digits, at most <see cref="uint.MaxValue"/>, not at the end of the name
    /// (something always follows a number). Returns the position after it.
    /// </summary>
    private int ParseNumber(int pos, out long value)
    {
        value = 0;
        if (pos < 0 || !char.IsAsciiDigit(At(pos)))
        {
            return Failed;
        }

        while (char.IsAsciiDigit(At(pos)))
        {
            value = (value * 10) + (At(pos) - '0');
            if (value > uint.MaxValue)
            {
                return Failed;
            }

            pos++;
        }

        return pos < text.Length ? pos : Failed;
    }

    /// <summary>
    /// NumberBackRef: base 26, upper-case letters for the high digits and a lower-case letter for the
    /// last one; a distance of 0 is invalid. Returns the position after it.
    /// </summary>
    private int DecodeBackref(int pos, out long distance)
    {
        distance = 0;
        while (char.IsAsciiLetter(At(pos)))
        {
            if (distance > (long.MaxValue - 25) / 26)
            {
                return Failed;
            }

            char c = At(pos);
            distance *= 26;
            if (char.IsAsciiLetterLower(c))
            {
                distance += c - 'a';
                return distance > 0 ? pos + 1 : Failed;
            }

            distance += c - 'A';
            pos++;
        }

        return Failed;
    }

    /// <summary><c>Q</c> NumberBackRef at <paramref name="pos"/>: the position it points back to, and the position after it.</summary>
    private int ParseBackref(int pos, out int target)
    {
        target = Failed;
        if (pos < 0 || At(pos) != 'Q')
        {
            return Failed;
        }

        int next = DecodeBackref(pos + 1, out long distance);
        if (next < 0 || distance > pos)
        {
            return Failed;
        }

        target = pos - (int)distance;
        return next;
    }

    private char At(int pos) => (uint)pos < (uint)text.Length ? text[pos] : '\0';

    private bool Enter()
    {
        if (depth >= MaxDepth || written > MaxOutput)
        {
            return false;
        }

        depth++;
        return true;
    }

    private void Emit(StringBuilder to, string value)
    {
        written += value.Length;
        to.Append(value);
    }

    private void Emit(StringBuilder to, ReadOnlySpan<char> value)
    {
        written += value.Length;
        to.Append(value);
    }

    private void Emit(StringBuilder to, StringBuilder value)
    {
        written += value.Length;
        to.Append(value);
    }
}

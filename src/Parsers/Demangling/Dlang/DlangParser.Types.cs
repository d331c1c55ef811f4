using System.Text;

namespace AbiPortal.Parsers.Demangling.Dlang;

/// <summary>Types, function types and their parameters.</summary>
internal sealed partial class DlangParser
{
    /// <summary>Type: modifiers, arrays, pointers, functions, delegates, named types, tuples, basic types, back references.</summary>
    private int ParseType(StringBuilder decl, int pos)
    {
        if (pos < 0 || pos >= text.Length || !Enter())
        {
            return Failed;
        }

        int result = ParseTypeBody(decl, pos);
        depth--;
        return result;
    }

    private int ParseTypeBody(StringBuilder decl, int pos)
    {
        char c = At(pos);
        switch (c)
        {
            case 'O':
                return ParseWrapped(decl, "shared(", pos + 1);
            case 'x':
                return ParseWrapped(decl, "const(", pos + 1);
            case 'y':
                return ParseWrapped(decl, "immutable(", pos + 1);
            case 'N':
                return At(pos + 1) switch
                {
                    'g' => ParseWrapped(decl, "inout(", pos + 2),
                    'h' => ParseWrapped(decl, "__vector(", pos + 2),
                    'n' => EmitAndSkip(decl, "typeof(*null)", pos + 2),
                    _ => Failed,
                };
            case 'A':
                pos = ParseType(decl, pos + 1);
                Emit(decl, "[]");
                return pos;
            case 'G':
            {
                int digits = pos + 1;
                int end = digits;
                while (char.IsAsciiDigit(At(end)))
                {
                    end++;
                }

                pos = ParseType(decl, end);
                Emit(decl, "[");
                Emit(decl, text.AsSpan(digits, end - digits));
                Emit(decl, "]");
                return pos;
            }

            case 'H':
            {
                var key = new StringBuilder();
                pos = ParseType(key, pos + 1);
                pos = ParseType(decl, pos);
                Emit(decl, "[");
                Emit(decl, key);
                Emit(decl, "]");
                return pos;
            }

            case 'P' when !IsCallConvention(At(pos + 1)):
                pos = ParseType(decl, pos + 1);
                Emit(decl, "*");
                return pos;
            case 'P':
                // A pointer to a function is printed as the function type, without '*'.
                pos = ParseFunctionType(decl, pos + 1);
                Emit(decl, "function");
                return pos;
            case 'F' or 'U' or 'W' or 'V' or 'R' or 'Y':
                pos = ParseFunctionType(decl, pos);
                Emit(decl, "function");
                return pos;
            case 'C' or 'S' or 'E' or 'T':
                return ParseQualified(decl, pos + 1, suffixModifiers: false);
            case 'D':
            {
                var modifiers = new StringBuilder();
                pos = ParseTypeModifiers(modifiers, pos + 1);
                pos = At(pos) == 'Q' && pos >= 0 ? ParseTypeBackref(decl, pos, function: true) : ParseFunctionType(decl, pos);
                Emit(decl, "delegate");
                Emit(decl, modifiers);
                return pos;
            }

            case 'B':
                return ParseTuple(decl, pos + 1);
            case 'z':
                return At(pos + 1) switch
                {
                    'i' => EmitAndSkip(decl, "cent", pos + 2),
                    'k' => EmitAndSkip(decl, "ucent", pos + 2),
                    _ => Failed,
                };
            case 'Q':
                return ParseTypeBackref(decl, pos, function: false);
        }

        string? basic = BasicTypeName(c);
        return basic is null ? Failed : EmitAndSkip(decl, basic, pos + 1);
    }

    /// <summary>The one-letter basic types.</summary>
    private static string? BasicTypeName(char c) => c switch
    {
        'n' => "typeof(null)",
        'v' => "void",
        'g' => "byte",
        'h' => "ubyte",
        's' => "short",
        't' => "ushort",
        'i' => "int",
        'k' => "uint",
        'l' => "long",
        'm' => "ulong",
        'f' => "float",
        'd' => "double",
        'e' => "real",
        'o' => "ifloat",
        'p' => "idouble",
        'j' => "ireal",
        'q' => "cfloat",
        'r' => "cdouble",
        'c' => "creal",
        'b' => "bool",
        'a' => "char",
        'u' => "wchar",
        'w' => "dchar",
        _ => null,
    };

    private int EmitAndSkip(StringBuilder decl, string value, int next)
    {
        Emit(decl, value);
        return next;
    }

    private int ParseWrapped(StringBuilder decl, string open, int pos)
    {
        Emit(decl, open);
        pos = ParseType(decl, pos);
        Emit(decl, ")");
        return pos;
    }

    /// <summary>
    /// TypeBackRef: <c>Q</c> NumberBackRef pointing at an earlier type (a function type after
    /// <c>D</c>). It must lie before the back reference being expanded, so expansion terminates.
    /// </summary>
    private int ParseTypeBackref(StringBuilder decl, int pos, bool function)
    {
        if (pos >= lastBackref)
        {
            return Failed;
        }

        int outer = lastBackref;
        lastBackref = pos;
        int next = ParseBackref(pos, out int target);
        int end = next < 0 ? Failed : function ? ParseFunctionType(decl, target) : ParseType(decl, target);
        lastBackref = outer;
        return end < 0 ? Failed : next;
    }

    /// <summary>TypeTuple: <c>B</c> Number Type*, printed <c>Tuple!(a, b)</c>.</summary>
    private int ParseTuple(StringBuilder decl, int pos)
    {
        pos = ParseNumber(pos, out long count);
        if (pos < 0)
        {
            return Failed;
        }

        Emit(decl, "Tuple!(");
        for (long i = 0; i < count; i++)
        {
            if (i > 0)
            {
                Emit(decl, ", ");
            }

            pos = ParseType(decl, pos);
            if (pos < 0)
            {
                return Failed;
            }
        }

        Emit(decl, ")");
        return pos;
    }

    /// <summary>
    /// TypeModifiers after <c>M</c> (a member function's <c>this</c>) or <c>D</c>, printed after the
    /// function: " const", " immutable", " shared", " inout".
    /// </summary>
    private int ParseTypeModifiers(StringBuilder decl, int pos)
    {
        while (pos >= 0 && pos < text.Length)
        {
            switch (At(pos))
            {
                case 'x':
                    Emit(decl, " const");
                    return pos + 1;
                case 'y':
                    Emit(decl, " immutable");
                    return pos + 1;
                case 'O':
                    Emit(decl, " shared");
                    pos++;
                    continue;
                case 'N' when At(pos + 1) == 'g':
                    Emit(decl, " inout");
                    pos += 2;
                    continue;
                case 'N':
                    return Failed;
                default:
                    return pos;
            }
        }

        return Failed;
    }

    /// <summary>
    /// TypeFunction: CallConvention FuncAttrs Parameters ParamClose Type, printed as
    /// "extern(C) " return-type "(params) " attributes.
    /// </summary>
    private int ParseFunctionType(StringBuilder decl, int pos)
    {
        if (pos < 0 || pos >= text.Length)
        {
            return Failed;
        }

        var attributes = new StringBuilder();
        var parameters = new StringBuilder();
        var result = new StringBuilder();
        pos = ParseFunctionTypeNoReturn(parameters, decl, attributes, pos);
        pos = ParseType(result, pos);
        Emit(decl, result);
        Emit(decl, parameters);
        Emit(decl, " ");
        Emit(decl, attributes);
        return pos;
    }

    /// <summary>
    /// A function type without its return type: the calling convention, attributes and parameters,
    /// each written to its own builder, or read and dropped where the builder is null.
    /// </summary>
    private int ParseFunctionTypeNoReturn(StringBuilder? parameters, StringBuilder? convention, StringBuilder? attributes, int pos)
    {
        var dropped = parameters is null || convention is null || attributes is null ? new StringBuilder() : null;
        pos = ParseCallConvention(convention ?? dropped!, pos);
        pos = ParseFunctionAttributes(attributes ?? dropped!, pos);
        if (parameters is not null)
        {
            Emit(parameters, "(");
        }

        pos = ParseParameters(parameters ?? dropped!, pos);
        if (parameters is not null)
        {
            Emit(parameters, ")");
        }

        return pos;
    }

    /// <summary>CallConvention: <c>F</c> D (printed as nothing), <c>U</c> C, <c>W</c> Windows, <c>V</c> Pascal, <c>R</c> C++, <c>Y</c> Objective-C.</summary>
    private int ParseCallConvention(StringBuilder decl, int pos)
    {
        string? linkage = At(pos) switch
        {
            'F' => string.Empty,
            'U' => "extern(C) ",
            'W' => "extern(Windows) ",
            'V' => "extern(Pascal) ",
            'R' => "extern(C++) ",
            'Y' => "extern(Objective-C) ",
            _ => null,
        };
        if (pos < 0 || linkage is null)
        {
            return Failed;
        }

        Emit(decl, linkage);
        return pos + 1;
    }

    /// <summary>
    /// FuncAttrs: <c>N</c> and a letter each, printed with a trailing space. <c>Ng</c>, <c>Nh</c>,
    /// <c>Nk</c> and <c>Nn</c> begin the first parameter instead (inout, vector, return, typeof(*null)).
    /// </summary>
    private int ParseFunctionAttributes(StringBuilder decl, int pos)
    {
        if (pos < 0 || pos >= text.Length)
        {
            return Failed;
        }

        while (At(pos) == 'N')
        {
            string? attribute = At(pos + 1) switch
            {
                'a' => "pure ",
                'b' => "nothrow ",
                'c' => "ref ",
                'd' => "@property ",
                'e' => "@trusted ",
                'f' => "@safe ",
                'i' => "@nogc ",
                'j' => "return ",
                'l' => "scope ",
                'm' => "@live ",
                'g' or 'h' or 'k' or 'n' => string.Empty,
                _ => null,
            };
            if (attribute is null)
            {
                return Failed;
            }

            if (attribute.Length == 0)
            {
                break;
            }

            Emit(decl, attribute);
            pos += 2;
        }

        return pos;
    }

    /// <summary>
    /// Parameters up to ParamClose: <c>Z</c>, <c>X</c> (<c>T t...</c>) or <c>Y</c> (<c>T t, ...</c>).
    /// Each may be <c>scope</c> (<c>M</c>) and <c>return</c> (<c>Nk</c>), in either order (dmd 2.100
    /// writes <c>return scope</c> as <c>NkM</c>), then in/out/ref/lazy (<c>I</c>, <c>IK</c>, <c>J</c>,
    /// <c>K</c>, <c>L</c>) and its type.
    /// </summary>
    private int ParseParameters(StringBuilder decl, int pos)
    {
        int count = 0;
        while (pos >= 0 && pos < text.Length)
        {
            switch (At(pos))
            {
                case 'X':
                    Emit(decl, "...");
                    return pos + 1;
                case 'Y':
                    Emit(decl, count > 0 ? ", ..." : "...");
                    return pos + 1;
                case 'Z':
                    return pos + 1;
            }

            if (count++ > 0)
            {
                Emit(decl, ", ");
            }

            bool scope = false;
            bool returns = false;
            while (true)
            {
                if (!scope && At(pos) == 'M')
                {
                    Emit(decl, "scope ");
                    scope = true;
                    pos++;
                }
                else if (!returns && At(pos) == 'N' && At(pos + 1) == 'k')
                {
                    Emit(decl, "return ");
                    returns = true;
                    pos += 2;
                }
                else
                {
                    break;
                }
            }

            switch (At(pos))
            {
                case 'I' when At(pos + 1) == 'K':
                    Emit(decl, "in ref ");
                    pos += 2;
                    break;
                case 'I':
                    Emit(decl, "in ");
                    pos++;
                    break;
                case 'J':
                    Emit(decl, "out ");
                    pos++;
                    break;
                case 'K':
                    Emit(decl, "ref ");
                    pos++;
                    break;
                case 'L':
                    Emit(decl, "lazy ");
                    pos++;
                    break;
            }

            pos = ParseType(decl, pos);
        }

        return pos;
    }
}

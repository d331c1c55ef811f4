using System.Text;

namespace AbiPortal.Parsers.Demangling.Dlang;

/// <summary>Identifiers, the compiler's special names, and template instances.</summary>
internal sealed partial class DlangParser
{
    /// <summary>Length of "__S": a fake parent <c>__S</c> digits that makes local symbols unique.</summary>
    private const int FakeParentPrefix = 3;

    /// <summary>
    /// SymbolName: an identifier back reference (<c>Q</c>), a template instance (<c>__T</c>, with or
    /// without a length before it), a fake parent <c>__S</c>digits (skipped), or an LName.
    /// </summary>
    private int ParseIdentifier(StringBuilder decl, int pos)
    {
        if (pos < 0 || pos >= text.Length || !Enter())
        {
            return Failed;
        }

        int result = ParseIdentifierBody(decl, pos);
        depth--;
        return result;
    }

    private int ParseIdentifierBody(StringBuilder decl, int pos)
    {
        if (At(pos) == 'Q')
        {
            return ParseSymbolBackref(decl, pos);
        }

        if (IsTemplateStart(pos))
        {
            return ParseTemplate(decl, pos, -1);
        }

        int start = ParseNumber(pos, out long length);
        if (start < 0 || length == 0 || length > text.Length - start)
        {
            return Failed;
        }

        if (length >= 5 && IsTemplateStart(start))
        {
            return ParseTemplate(decl, start, length);
        }

        if (length > FakeParentPrefix && At(start) == '_' && At(start + 1) == '_' && At(start + 2) == 'S'
            && !text.AsSpan(start + FakeParentPrefix, (int)length - FakeParentPrefix).ContainsAnyExceptInRange('0', '9'))
        {
            return ParseIdentifier(decl, start + (int)length);
        }

        return ParseLName(decl, start, (int)length);
    }

    /// <summary>IdentifierBackRef: <c>Q</c> NumberBackRef pointing at an earlier LName.</summary>
    private int ParseSymbolBackref(StringBuilder decl, int pos)
    {
        int next = ParseBackref(pos, out int target);
        int start = ParseNumber(target, out long length);
        if (next < 0 || start < 0 || length > text.Length - start)
        {
            return Failed;
        }

        return ParseLName(decl, start, (int)length) < 0 ? Failed : next;
    }

    /// <summary>
    /// An identifier of <paramref name="length"/> chars. The compiler's own symbols read as words:
    /// <c>__ctor</c> "this", <c>__dtor</c> "~this", <c>__postblitMFZ</c> "this(this)", and the
    /// artificial symbols <c>__initZ</c>, <c>__vtblZ</c>, <c>__ClassZ</c>, <c>__InterfaceZ</c>,
    /// <c>__ModuleInfoZ</c> put "initializer for " (etc.) before the whole name printed so far.
    /// </summary>
    private int ParseLName(StringBuilder decl, int pos, int length)
    {
        var name = text.AsSpan(pos, length);
        string? prefix = null;
        switch (length)
        {
            case 6 when name is "__ctor":
                Emit(decl, "this");
                return pos + length;
            case 6 when name is "__dtor":
                Emit(decl, "~this");
                return pos + length;
            case 10 when name is "__postblit" && Follows(pos + length, "MFZ"):
                Emit(decl, "this(this)");
                return pos + length + 3;
            case 6 when name is "__init":
                prefix = "initializer for ";
                break;
            case 6 when name is "__vtbl":
                prefix = "vtable for ";
                break;
            case 7 when name is "__Class":
                prefix = "ClassInfo for ";
                break;
            case 11 when name is "__Interface":
                prefix = "Interface for ";
                break;
            case 12 when name is "__ModuleInfo":
                prefix = "ModuleInfo for ";
                break;
        }

        if (prefix is not null && At(pos + length) == 'Z')
        {
            // The '.' written before this part goes: "initializer for a.b", not "a.b.__init".
            written += prefix.Length;
            decl.Insert(0, prefix);
            decl.Length--;
            return pos + length;
        }

        Emit(decl, name);
        return pos + length;
    }

    private bool Follows(int pos, string expected) => text.AsSpan(Math.Min(pos, text.Length)).StartsWith(expected, StringComparison.Ordinal);

    /// <summary>
    /// TemplateInstanceName: <c>__T</c> (or <c>__U</c>) LName TemplateArgs <c>Z</c>, printed
    /// <c>name!(args)</c>. With a length before it (<paramref name="length"/> is not -1), the instance
    /// must use exactly that many chars.
    /// </summary>
    private int ParseTemplate(StringBuilder decl, int pos, long length)
    {
        int start = pos;
        if (!IsSymbolNameStart(pos + 3) || At(pos + 3) == '0')
        {
            return Failed;
        }

        pos = ParseIdentifier(decl, pos + 3);
        var arguments = new StringBuilder();
        pos = ParseTemplateArgs(arguments, pos);
        Emit(decl, "!(");
        Emit(decl, arguments);
        Emit(decl, ")");
        if (length >= 0 && pos >= 0 && pos - start != length)
        {
            return Failed;
        }

        return pos;
    }

    /// <summary>
    /// TemplateArgs up to <c>Z</c>, joined by ", ": <c>T</c> Type, <c>V</c> Type Value (the value only;
    /// a struct literal is prefixed with its type), <c>S</c> symbol, <c>X</c> Number externally mangled
    /// name (kept as is); <c>H</c> marks a specialised argument and is skipped.
    /// </summary>
    private int ParseTemplateArgs(StringBuilder decl, int pos)
    {
        int count = 0;
        while (pos >= 0 && pos < text.Length)
        {
            if (At(pos) == 'Z')
            {
                return pos + 1;
            }

            if (count++ > 0)
            {
                Emit(decl, ", ");
            }

            if (At(pos) == 'H')
            {
                pos++;
            }

            switch (At(pos))
            {
                case 'S':
                    pos = ParseTemplateSymbolParam(decl, pos + 1);
                    break;
                case 'T':
                    pos = ParseType(decl, pos + 1);
                    break;
                case 'V':
                    pos = ParseTemplateValueParam(decl, pos + 1);
                    break;
                case 'X':
                {
                    int start = ParseNumber(pos + 1, out long length);
                    if (start < 0 || length > text.Length - start)
                    {
                        return Failed;
                    }

                    Emit(decl, text.AsSpan(start, (int)length));
                    pos = start + (int)length;
                    break;
                }

                default:
                    return Failed;
            }
        }

        return pos;
    }

    /// <summary><c>V</c> Type Value: the type decides how an integer prints (char, bool, suffix) and names a struct literal.</summary>
    private int ParseTemplateValueParam(StringBuilder decl, int pos)
    {
        char type = At(pos);
        if (type == 'Q')
        {
            if (ParseBackref(pos, out int target) < 0)
            {
                return Failed;
            }

            type = At(target);
        }

        var name = new StringBuilder();
        pos = ParseType(name, pos);
        return ParseValue(decl, pos, name.ToString(), type);
    }

    /// <summary>
    /// A symbol template argument: a mangled name (<c>_D</c>...), a back-referenced qualified name, or,
    /// as compilers before dmd 2.077 wrote it, a length directly followed by a name that may itself
    /// start with a digit: the split of the digits is found by trying each one from the right.
    /// </summary>
    private int ParseTemplateSymbolParam(StringBuilder decl, int pos)
    {
        if (At(pos) == '_' && At(pos + 1) == 'D' && IsSymbolNameStart(pos + 2))
        {
            return ParseMangle(decl, pos);
        }

        if (At(pos) == 'Q')
        {
            return ParseQualified(decl, pos, suffixModifiers: false);
        }

        int digitsEnd = ParseNumber(pos, out long length);
        if (digitsEnd < 0 || length == 0)
        {
            return Failed;
        }

        // From the longest length down: each try moves one digit from the length into the name.
        int saved = decl.Length;
        int nameStart = digitsEnd;
        for (long size = length; size > 0; size /= 10)
        {
            int end = ParseSymbolParamAt(decl, nameStart);
            if (end >= 0 && end - nameStart == size)
            {
                return end;
            }

            decl.Length = saved;
            nameStart--;
        }

        // No split matched: the digits belong to the name.
        return ParseSymbolParamAt(decl, nameStart);
    }

    /// <summary>A qualified name or a mangled name at <paramref name="pos"/>; anything else is left unread.</summary>
    private int ParseSymbolParamAt(StringBuilder decl, int pos)
    {
        if (IsSymbolNameStart(pos))
        {
            return ParseQualified(decl, pos, suffixModifiers: false);
        }

        if (At(pos) == '_' && At(pos + 1) == 'D' && IsSymbolNameStart(pos + 2))
        {
            return ParseMangle(decl, pos);
        }

        return pos;
    }
}

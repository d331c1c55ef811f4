using System.Text;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// C and C++ declarations of an ABI surface's functions and variables, as a header would write
/// them: <c>int get_x(struct Point *p)</c>, <c>int shapes::Circle::area() const</c>,
/// <c>void (*set_handler(void (*h)(int)))(int)</c>.
/// </summary>
public sealed class AbiDeclarations
{
    private readonly AbiTypeIndex _index;

    public AbiDeclarations(AbiSurface surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        _index = new AbiTypeIndex(surface);
    }

    internal AbiDeclarations(AbiTypeIndex index) => _index = index;

    /// <summary>How C spells a type id (<c>void</c> for null).</summary>
    public string TypeName(string? id) => _index.NameOf(id);

    /// <summary>The function's declaration, without the implicit <c>this</c> (a const member function ends in <c>const</c>).</summary>
    public string Signature(AbiFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var inner = new StringBuilder();
        if (function.CallingConvention is { } convention)
        {
            inner.Append("__attribute__((").Append(convention).Append(")) ");
        }

        inner.Append(function.Name).Append('(');
        bool first = true;
        string? qualifiers = null;
        foreach (var p in function.Parameters)
        {
            if (p.Artificial)
            {
                qualifiers ??= ThisQualifiers(p.Type);
                continue;
            }

            inner.Append(first ? string.Empty : ", ").Append(Declare(_index.NameOf(p.Type), p.Name));
            first = false;
        }

        if (function.Variadic)
        {
            inner.Append(first ? "..." : ", ...");
        }

        inner.Append(')').Append(qualifiers);
        string prefix = (function.NoReturn ? "[[noreturn]] " : string.Empty) + (function.VtableIndex is not null ? "virtual " : string.Empty);
        // Constructors and destructors have no return type, not even void.
        return function.Return is null && IsStructor(function) ? prefix + inner : prefix + Declare(_index.NameOf(function.Return), inner.ToString());
    }

    /// <summary>A member function named after its class (<c>Shape</c>) or with a tilde (<c>~Shape</c>).</summary>
    private bool IsStructor(AbiFunction function)
    {
        if (function.Class is null || _index.Find(function.Class) is not { } owner)
        {
            return false;
        }

        string name = LastComponent(function.Name);
        string type = LastComponent(owner.Name);
        int space = type.LastIndexOf(' ');
        type = space >= 0 ? type[(space + 1)..] : type;
        return name == type || name == "~" + type;
    }

    /// <summary>The last component of a qualified name, without template arguments: <c>Circle</c> for <c>shapes::Circle&lt;int&gt;</c>.</summary>
    internal static string LastComponent(string name)
    {
        int angle = name.IndexOf('<', StringComparison.Ordinal);
        string plain = angle > 0 ? name[..angle] : name;
        int colons = plain.LastIndexOf("::", StringComparison.Ordinal);
        return colons >= 0 ? plain[(colons + 2)..] : plain;
    }

    /// <summary>The variable's declaration: <c>struct Point origin</c>, <c>int table[4]</c>.</summary>
    public string Declaration(AbiVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return Declare(_index.NameOf(variable.Type), variable.Name);
    }

    /// <summary>
    /// Puts a name into a C type spelling where C wants it: after a pointer's <c>*</c>, before an
    /// array's bounds, inside a function pointer's <c>(*)</c>; none given, the type alone.
    /// </summary>
    public static string Declare(string typeName, string? name)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        if (string.IsNullOrEmpty(name))
        {
            return typeName;
        }

        var (head, tail) = Split(typeName, name);
        return head.Length == 0 ? tail : head + (IsTight(head) ? string.Empty : " ") + tail;
    }

    /// <summary>Whether a declarator follows this type spelling without a space (<c>char *p</c>).</summary>
    internal static bool IsTight(string head) => head.EndsWith('*') || head.EndsWith('&');

    /// <summary>
    /// A declaration in two parts, the type spelling before the name and the declarator holding
    /// it (<c>void</c> and <c>(*cb)(int)</c>; <c>int</c> and <c>arr[3]</c>), as pahole prints columns.
    /// </summary>
    internal static (string Head, string Tail) Split(string typeName, string name)
    {
        // Pointers and references to functions and arrays: int (*)(int), int (&)[4], int (A::*)(int).
        foreach (string hole in (ReadOnlySpan<string>)["(*)", "(&)", "(&&)", "::*)"])
        {
            int at = typeName.IndexOf(hole, StringComparison.Ordinal);
            int open = at < 0 ? -1 : typeName.LastIndexOf('(', at);
            if (open >= 0)
            {
                int close = at + hole.Length - 1;
                return (typeName[..open].TrimEnd(), string.Concat(typeName.AsSpan(open, close - open), name, typeName.AsSpan(close)));
            }
        }

        int bracket = typeName.IndexOf('[', StringComparison.Ordinal);
        if (bracket > 0 && typeName.EndsWith(']'))
        {
            return (typeName[..bracket].TrimEnd(), name + typeName[bracket..]);
        }

        return (typeName, name);
    }

    /// <summary>A member function's <c>this</c> points at a const (volatile) object for a const (volatile) member function.</summary>
    private string ThisQualifiers(string thisType)
    {
        var pointer = _index.Find(thisType);
        if (pointer?.Kind != AbiTypeKind.Pointer)
        {
            return string.Empty;
        }

        string result = string.Empty;
        var target = _index.Find(pointer.Target);
        for (int steps = 0; target is not null && steps < AbiTypeIndex.MaxChain; steps++)
        {
            if (target.Kind == AbiTypeKind.Const)
            {
                result = " const" + result;
            }
            else if (target.Kind == AbiTypeKind.Volatile)
            {
                result += " volatile";
            }
            else
            {
                break;
            }

            target = _index.Find(target.Target);
        }

        return result;
    }
}

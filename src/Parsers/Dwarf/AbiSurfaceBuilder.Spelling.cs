using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>How C and C++ spell a type (<see cref="AbiType.Name"/>): <c>const char *</c>, <c>int (*)(int, char)</c>, <c>int[2][3]</c>.</summary>
internal sealed partial class AbiSurfaceBuilder
{
    private string NameOf(string id) => _types.TryGetValue(id, out var entry) ? entry.Name : id;

    private AbiTypeKind? KindOf(string id) => _types.TryGetValue(id, out var entry) ? entry.Kind : null;

    private static AbiTypeKind KindOf(ushort tag) => tag switch
    {
        DwarfTags.DW_TAG_class_type or DwarfTags.DW_TAG_interface_type => AbiTypeKind.Class,
        DwarfTags.DW_TAG_union_type => AbiTypeKind.Union,
        DwarfTags.DW_TAG_enumeration_type => AbiTypeKind.Enum,
        _ => AbiTypeKind.Struct,
    };

    private static string Word(AbiTypeKind kind) => kind switch
    {
        AbiTypeKind.Class => "class",
        AbiTypeKind.Union => "union",
        AbiTypeKind.Enum => "enum",
        _ => "struct",
    };

    /// <summary>A derived type's spelling from its target's: declarator operators go inside a function or array target's parentheses.</summary>
    private string Spell(AbiTypeKind kind, string target)
    {
        string inner = NameOf(target);
        var targetKind = KindOf(target);
        string? op = kind switch
        {
            AbiTypeKind.Pointer => "*",
            AbiTypeKind.Reference => "&",
            AbiTypeKind.RvalueReference => "&&",
            _ => null,
        };
        if (op is not null)
        {
            return targetKind switch
            {
                AbiTypeKind.Function => InsertDeclarator(inner, op, function: true),
                AbiTypeKind.Array => InsertDeclarator(inner, op, function: false),
                _ when inner.EndsWith('*') || inner.EndsWith('&') => inner + op,
                _ => inner + " " + op,
            };
        }

        string qualifier = kind switch
        {
            AbiTypeKind.Const => "const",
            AbiTypeKind.Volatile => "volatile",
            AbiTypeKind.Restrict => "restrict",
            _ => "_Atomic",
        };
        if (kind == AbiTypeKind.Atomic)
        {
            return $"_Atomic({inner})";
        }

        // Qualifiers of pointers follow the `*`; of anything else, they lead.
        return targetKind is AbiTypeKind.Pointer or AbiTypeKind.Reference or AbiTypeKind.RvalueReference or AbiTypeKind.MemberPointer || kind == AbiTypeKind.Restrict
            ? $"{inner} {qualifier}"
            : $"{qualifier} {inner}";
    }

    /// <summary><c>int (int)</c> + <c>*</c> → <c>int (*)(int)</c>; <c>int (*)(int)</c> + <c>*</c> → <c>int (**)(int)</c>; <c>int[4]</c> + <c>*</c> → <c>int (*)[4]</c>.</summary>
    private static string InsertDeclarator(string inner, string op, bool function)
    {
        int nested = inner.IndexOf("(*", StringComparison.Ordinal);
        if (nested < 0)
        {
            nested = inner.IndexOf("(&", StringComparison.Ordinal);
        }

        if (nested >= 0)
        {
            return inner.Insert(nested + 1, op);
        }

        int at = function ? inner.IndexOf(" (", StringComparison.Ordinal) : inner.IndexOf('[');
        return at < 0 ? inner + " " + op : function ? inner.Insert(at + 1, "(" + op + ")") : inner.Insert(at, " (" + op + ")");
    }

    /// <summary><c>int</c> + 4 → <c>int[4]</c>; <c>int[3]</c> + 2 → <c>int[2][3]</c>.</summary>
    private string SpellArray(string element, string count, bool vector, ulong? size)
    {
        string inner = NameOf(element);
        if (vector)
        {
            return $"{inner} __attribute__((vector_size({size})))";
        }

        int bracket = KindOf(element) == AbiTypeKind.Array ? inner.IndexOf('[') : -1;
        return bracket >= 0 ? inner.Insert(bracket, $"[{count}]") : $"{inner}[{count}]";
    }

    /// <summary><c>int A::*</c>, or for member functions <c>int (A::*)(int)</c>.</summary>
    private string SpellMemberPointer(string owner, string member, bool function)
    {
        string ownerName = NameOf(owner);
        int space = ownerName.IndexOf(' ');
        string bare = space >= 0 && KindOf(owner) is AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union ? ownerName[(space + 1)..] : ownerName;
        string inner = NameOf(member);
        return function ? InsertDeclarator(inner, bare + "::*", function: true) : $"{inner} {bare}::*";
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The types whose definition differs between two surfaces, found before anything else is built:
/// between two builds of a large library almost every type is unchanged, and a security update
/// changes none, so this one pass (a merge of the two id-ordered type lists, one member-by-member
/// equality test each, no allocation) decides whether the graph and the comparison run at all.
/// </summary>
internal static class ChangedTypes
{
    /// <summary>Old positions of the named, aggregate, enum, typedef and base types whose definition changed, each with its new counterpart.</summary>
    public static List<(int Old, AbiType New)> Find(AbiTypeIndex oldIndex, AbiTypeIndex newIndex)
    {
        var result = new List<(int, AbiType)>();
        bool merge = oldIndex.IsSorted && newIndex.IsSorted;
        int j = 0;
        for (int i = 0; i < oldIndex.Count; i++)
        {
            var o = oldIndex[i];
            if (!IsCompared(o.Kind))
            {
                continue;
            }

            AbiType? n;
            if (merge)
            {
                while (j < newIndex.Count && string.CompareOrdinal(newIndex[j].Id, o.Id) < 0)
                {
                    j++;
                }

                n = j < newIndex.Count && newIndex[j].Id == o.Id ? newIndex[j] : null;
            }
            else
            {
                n = newIndex.Find(o.Id);
            }

            n ??= Swapped(o, newIndex);
            if (n is not null && !SameDefinition(o, n))
            {
                result.Add((i, n));
            }
        }

        return result;
    }

    /// <summary>Derived types (pointers, qualifiers, arrays, function types) are named by their parts: the same id is the same type.</summary>
    private static bool IsCompared(AbiTypeKind kind)
        => kind is AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union or AbiTypeKind.Enum or AbiTypeKind.Typedef or AbiTypeKind.Base;

    /// <summary><c>struct X</c> and <c>class X</c> are one C++ type: a class-key change keeps the counterpart.</summary>
    private static AbiType? Swapped(AbiType o, AbiTypeIndex newIndex)
    {
        string? swapped = o.Kind switch
        {
            AbiTypeKind.Struct when o.Id.StartsWith("struct ", StringComparison.Ordinal) => "class " + o.Id[7..],
            AbiTypeKind.Class when o.Id.StartsWith("class ", StringComparison.Ordinal) => "struct " + o.Id[6..],
            _ => null,
        };
        return swapped is null ? null : newIndex.FindByText(swapped);
    }

    /// <summary>Everything of a definition the comparison looks at is equal (names of members included; source places aside).</summary>
    private static bool SameDefinition(AbiType o, AbiType n)
        => KindClass(o.Kind) == KindClass(n.Kind) && o.Size == n.Size && o.Alignment == n.Alignment && o.Declaration == n.Declaration
            && o.PassedBy == n.PassedBy && o.Target == n.Target && o.Count == n.Count && o.ContainingType == n.ContainingType
            && o.Variadic == n.Variadic && o.CallingConvention == n.CallingConvention && Same(o.Fields, n.Fields) && Same(o.Bases, n.Bases)
            && Same(o.VirtualMethods, n.VirtualMethods) && Same(o.Enumerators, n.Enumerators) && Same(o.Parameters, n.Parameters);

    private static AbiTypeKind KindClass(AbiTypeKind kind) => kind == AbiTypeKind.Class ? AbiTypeKind.Struct : kind;

    private static bool Same<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}

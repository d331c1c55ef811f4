using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Compares a type as the old surface names it with the type the new surface names in the same
/// place (a parameter, a field, a typedef's target), by structure rather than by id: typedefs
/// are seen through, qualifier changes are told apart from type changes, and a struct renamed
/// with the same layout is told apart from another struct. Bounded in depth, so recursive and
/// hand-made surfaces end.
/// </summary>
internal sealed class TypeShapes(AbiTypeIndex oldIndex, AbiTypeIndex newIndex)
{
    /// <summary>How deep the walk goes (pointers, arrays, function types, layouts) before calling what is left different.</summary>
    private const int MaxDepth = 24;

    [Flags]
    private enum Qualifiers
    {
        None = 0,
        Const = 1,
        Volatile = 2,
        Restrict = 4,
    }

    private sealed class Outcome
    {
        public bool Different { get; set; }

        public bool Spelled { get; set; }

        public bool Renamed { get; set; }

        public bool Added { get; set; }

        public bool AddedDeep { get; set; }

        public bool Removed { get; set; }
    }

    /// <summary>
    /// Compares <paramref name="oldId"/> (old surface) with <paramref name="newId"/> (new surface);
    /// null is <c>void</c>. <paramref name="ignoreTopQualifiers"/>: qualifiers of the value itself do
    /// not count (a by-value parameter or return value is a copy).
    /// </summary>
    public TypeMatch Compare(string? oldId, string? newId, bool ignoreTopQualifiers)
    {
        if (oldId == newId)
        {
            return TypeMatch.Same;
        }

        var outcome = new Outcome();
        Walk(oldId, newId, 0, ignoreTopQualifiers, outcome);
        return outcome.Different ? TypeMatch.Different
            : outcome.Added && outcome.Removed ? TypeMatch.QualifiersChanged
            : outcome.Removed ? TypeMatch.QualifiersRemoved
            : outcome.AddedDeep ? TypeMatch.QualifiersAdded
            : outcome.Added ? TypeMatch.QualifiersAddedShallow
            : outcome.Renamed ? TypeMatch.Renamed
            // Ids that differ only in a class-key (struct A, class A) name one type: Itanium mangles neither.
            : outcome.Spelled ? TypeMatch.Spelling : TypeMatch.Same;
    }

    private void Walk(string? oldId, string? newId, int depth, bool ignoreQualifiers, Outcome outcome)
    {
        if (outcome.Different)
        {
            return;
        }

        if (depth > MaxDepth)
        {
            outcome.Different = oldId != newId;
            return;
        }

        var (o, oq, oSpelled) = Peel(oldIndex, oldId);
        var (n, nq, nSpelled) = Peel(newIndex, newId);
        outcome.Spelled |= oSpelled || nSpelled;
        if (!ignoreQualifiers && oq != nq)
        {
            outcome.Added |= (nq & ~oq) != 0;
            outcome.AddedDeep |= (nq & ~oq) != 0 && depth > 1;
            outcome.Removed |= (oq & ~nq) != 0;
        }

        if (o is null || n is null)
        {
            // void, or an id the surface lacks: equal only when both are.
            outcome.Different |= (o is null) != (n is null) || (o is null && Core(oldIndex, oldId) != Core(newIndex, newId));
            return;
        }

        if (o.Id == n.Id)
        {
            return;
        }

        if (KindClass(o.Kind) != KindClass(n.Kind))
        {
            outcome.Different = true;
            return;
        }

        switch (o.Kind)
        {
            case AbiTypeKind.Pointer or AbiTypeKind.Reference or AbiTypeKind.RvalueReference:
                Walk(o.Target, n.Target, depth + 1, false, outcome);
                break;
            case AbiTypeKind.MemberPointer:
                Walk(o.ContainingType, n.ContainingType, depth + 1, true, outcome);
                Walk(o.Target, n.Target, depth + 1, false, outcome);
                break;
            case AbiTypeKind.Array:
                outcome.Different |= o.Count != n.Count;
                Walk(o.Target, n.Target, depth + 1, false, outcome);
                break;
            case AbiTypeKind.Function:
                outcome.Different |= o.Variadic != n.Variadic || o.Parameters.Count != n.Parameters.Count || o.CallingConvention != n.CallingConvention;
                Walk(o.Target, n.Target, depth + 1, true, outcome);
                for (int i = 0; i < o.Parameters.Count && !outcome.Different; i++)
                {
                    Walk(o.Parameters[i], n.Parameters[i], depth + 1, true, outcome);
                }

                break;
            case AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union or AbiTypeKind.Enum:
                // struct and class name the same C++ type (Itanium mangles neither keyword).
                if (BareName(o.Name) != BareName(n.Name))
                {
                    if (SameLayout(o, n, depth, outcome))
                    {
                        outcome.Renamed = true;
                    }
                    else
                    {
                        outcome.Different = true;
                    }
                }

                break;
            default:
                outcome.Different |= o.Name != n.Name || o.Size != n.Size;
                break;
        }
    }

    /// <summary>Two differently named aggregates or enums laid out alike: size, members at the same places with types alike, enumerators with the same values.</summary>
    private bool SameLayout(AbiType o, AbiType n, int depth, Outcome outcome)
    {
        if (o.Declaration || n.Declaration || o.Size != n.Size || o.Fields.Count != n.Fields.Count || o.Bases.Count != n.Bases.Count
            || o.Enumerators.Count != n.Enumerators.Count || o.VirtualMethods.Count != n.VirtualMethods.Count)
        {
            return false;
        }

        for (int i = 0; i < o.Enumerators.Count; i++)
        {
            if (o.Enumerators[i].Value != n.Enumerators[i].Value)
            {
                return false;
            }
        }

        for (int i = 0; i < o.Fields.Count; i++)
        {
            var (of, nf) = (o.Fields[i], n.Fields[i]);
            if (of.Offset != nf.Offset || of.BitOffset != nf.BitOffset || of.BitSize != nf.BitSize)
            {
                return false;
            }
        }

        for (int i = 0; i < o.Bases.Count; i++)
        {
            if (o.Bases[i].Offset != n.Bases[i].Offset || o.Bases[i].Virtual != n.Bases[i].Virtual)
            {
                return false;
            }
        }

        // Member types last: the cheap checks above rule most candidates out.
        for (int i = 0; i < o.Fields.Count && !outcome.Different; i++)
        {
            Walk(o.Fields[i].Type, n.Fields[i].Type, depth + 1, false, outcome);
        }

        for (int i = 0; i < o.Bases.Count && !outcome.Different; i++)
        {
            Walk(o.Bases[i].Type, n.Bases[i].Type, depth + 1, true, outcome);
        }

        return !outcome.Different;
    }

    /// <summary>Through typedefs and qualifiers to the type itself, collecting the qualifiers; null for void or a missing id.</summary>
    private static (AbiType? Type, Qualifiers Qualifiers, bool Spelled) Peel(AbiTypeIndex index, string? id)
    {
        var qualifiers = Qualifiers.None;
        bool spelled = false;
        var type = index.Find(id);
        for (int steps = 0; type is not null && steps < AbiTypeIndex.MaxChain; steps++)
        {
            switch (type.Kind)
            {
                case AbiTypeKind.Typedef: spelled = true; break;
                case AbiTypeKind.Const: qualifiers |= Qualifiers.Const; break;
                case AbiTypeKind.Volatile: qualifiers |= Qualifiers.Volatile; break;
                case AbiTypeKind.Restrict: qualifiers |= Qualifiers.Restrict; break;
                default: return (type.Kind == AbiTypeKind.Void ? null : type, qualifiers, spelled);
            }

            type = index.Find(type.Target);
        }

        return (null, qualifiers, spelled);
    }

    /// <summary>What a void or missing type is called: null for void, else the id the surface does not define.</summary>
    private static string? Core(AbiTypeIndex index, string? id)
    {
        var type = index.Resolve(id);
        return type is null ? id : type.Kind == AbiTypeKind.Void ? null : type.Id;
    }

    /// <summary>Kinds that may stand for each other: struct and class.</summary>
    private static AbiTypeKind KindClass(AbiTypeKind kind) => kind == AbiTypeKind.Class ? AbiTypeKind.Struct : kind;

    /// <summary>A name without its <c>struct</c>, <c>class</c>, <c>union</c> or <c>enum</c> keyword.</summary>
    internal static string BareName(string name)
    {
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && name[..space] is "struct" or "class" or "union" or "enum" ? name[(space + 1)..] : name;
    }
}

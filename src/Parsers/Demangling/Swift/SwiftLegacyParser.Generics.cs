using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Old-mangling generics: bound generic types (<c>G</c> nominal, argument lists ended by <c>_</c>),
/// generic parameters (<c>x</c>, <c>q</c>), associated types (<c>w</c>, <c>W</c>, <c>Q</c>), generic
/// signatures (counts then <c>R</c> requirements <c>r</c>), and SIL function types (<c>XF</c>).
/// </summary>
internal sealed partial class SwiftLegacyParser
{
    private SwiftNode? ParseBoundGenericType(int depth)
    {
        var nominal = ParseNominalType(depth + 1);
        return nominal is null ? null : ParseBoundGenericArgs(nominal, depth + 1);
    }

    /// <summary>Applies argument lists to <paramref name="nominal"/>'s parents (outermost first) and then to it.</summary>
    private SwiftNode? ParseBoundGenericArgs(SwiftNode nominal, int depth)
    {
        if (nominal.Count == 0 || !CanDescend(depth))
        {
            return null;
        }

        var parent = nominal.First;
        if (parent.Kind is not (K.Module or K.Function or K.Extension))
        {
            var bound = ParseBoundGenericArgs(parent, depth + 1);
            var rebuilt = WithChild(nominal.Kind, bound);
            if (rebuilt is null)
            {
                return null;
            }

            for (int i = 1; i < nominal.Count; i++)
            {
                rebuilt.Add(nominal.Child(i));
            }

            nominal = rebuilt;
        }

        var arguments = New(K.TypeList);
        while (arguments is not null && !Accept('_'))
        {
            if (AddChild(arguments, ParseType(depth + 1)) is null || AtEnd)
            {
                return null;
            }
        }

        if (arguments is null || arguments.Count == 0)
        {
            return arguments is null ? null : nominal;
        }

        var kind = nominal.Kind switch
        {
            K.Class => K.BoundGenericClass,
            K.Structure => K.BoundGenericStructure,
            K.Enum => K.BoundGenericEnum,
            _ => K.Missing,
        };
        return kind == K.Missing ? null : WithChildren(kind, TypeOf(nominal), arguments);
    }

    private SwiftNode? GenericParam(ulong depth, ulong index) =>
        WithChildren(K.DependentGenericParamType, New(K.Index, depth), New(K.Index, index));

    /// <summary><c>d</c> depth index, <c>x</c> (the first), or an index (depth 0, counted from 1).</summary>
    private SwiftNode? ParseGenericParamIndex()
    {
        ulong depth;
        ulong index;
        if (Accept('d'))
        {
            if (!Index(out depth))
            {
                return null;
            }

            depth = unchecked(depth + 1);
            if (!Index(out index))
            {
                return null;
            }
        }
        else if (Accept('x'))
        {
            depth = 0;
            index = 0;
        }
        else
        {
            if (!Index(out index))
            {
                return null;
            }

            depth = 0;
            index = unchecked(index + 1);
        }

        return GenericParam(depth, index);
    }

    /// <summary>The member of <paramref name="baseType"/> named by a protocol-qualified identifier or a substitution.</summary>
    private SwiftNode? ParseDependentMemberName(SwiftNode? baseType, int depth)
    {
        if (baseType is null)
        {
            return null;
        }

        SwiftNode? associated;
        if (Accept('S'))
        {
            associated = ParseSubstitutionIndex(depth + 1);
            if (associated is null || associated.Kind != K.DependentAssociatedTypeRef)
            {
                return null;
            }
        }
        else
        {
            SwiftNode? protocol = null;
            if (Accept('P'))
            {
                protocol = ParseProtocolName(depth + 1);
                if (protocol is null)
                {
                    return null;
                }
            }

            associated = WithChild(K.DependentAssociatedTypeRef, ParseIdentifier(depth + 1));
            if (associated is null)
            {
                return null;
            }

            AddChild(associated, protocol);
            Substitutions.Add(associated);
        }

        return WithChildren(K.DependentMemberType, baseType, associated);
    }

    private SwiftNode? ParseAssociatedTypeSimple(int depth) =>
        ParseDependentMemberName(TypeOf(ParseGenericParamIndex()), depth + 1);

    private SwiftNode? ParseAssociatedTypeCompound(int depth)
    {
        var baseType = ParseGenericParamIndex();
        while (baseType is not null && !Accept('_'))
        {
            baseType = ParseDependentMemberName(TypeOf(baseType), depth + 1);
        }

        return baseType;
    }

    /// <summary><c>q</c>: a generic parameter, or (when no index follows) a member of a type.</summary>
    private SwiftNode? ParseDependentType(int depth)
    {
        if (AtEnd)
        {
            return null;
        }

        char c = Peek();
        if (c != 'd' && c != '_' && c is not (>= '0' and <= '9'))
        {
            return ParseDependentMemberName(ParseType(depth + 1), depth + 1);
        }

        return ParseGenericParamIndex();
    }

    /// <summary><c>Q</c>: an associated type of an archetype (<c>Q</c>), a substitution (<c>S</c>) or the standard library (<c>s</c>).</summary>
    private SwiftNode? ParseArchetypeType(int depth)
    {
        if (!CanDescend(depth))
        {
            return null;
        }

        SwiftNode? root;
        if (Accept('Q')) root = ParseArchetypeType(depth + 1);
        else if (Accept('S')) root = ParseSubstitutionIndex(depth + 1);
        else if (Accept('s')) root = New(K.Module, Stdlib);
        else return null;

        var name = root is null ? null : ParseIdentifier(depth + 1);
        var associated = WithChildren(K.AssociatedTypeRef, root, name);
        if (associated is not null)
        {
            Substitutions.Add(associated);
        }

        return associated;
    }

    /// <summary>A constrained type: <c>w</c>/<c>W</c> an associated type, else a generic parameter.</summary>
    private SwiftNode? ParseConstrainedType(int depth)
    {
        var type = Accept('w') ? ParseAssociatedTypeSimple(depth + 1)
            : Accept('W') ? ParseAssociatedTypeCompound(depth + 1)
            : ParseGenericParamIndex();
        return TypeOf(type);
    }
}

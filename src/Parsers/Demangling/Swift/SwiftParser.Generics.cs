using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Generic parameters, associated types, opaque types and packs (the <c>Q</c> operators, <c>q</c>,
/// <c>x</c>), and generic signatures with their requirements (<c>l</c>, <c>r</c>, <c>R</c>;
/// Mangling.rst, "Generics").
/// </summary>
internal sealed partial class SwiftParser
{
    private SwiftNode? ParseArchetype()
    {
        switch (Next())
        {
            case 'a':
            {
                var name = Pop(K.Identifier);
                var archetype = PopTypeAndGetChild();
                var associated = TypeOf(WithChildren(K.AssociatedTypeRef, archetype, name));
                AddSubstitution(associated);
                return associated;
            }

            case 'O':
                return WithChild(K.OpaqueReturnTypeOf, PopContext());
            case 'o':
                return ParseOpaqueType();
            case 'r':
                return TypeOf(New(K.OpaqueReturnType));
            case 'R':
            {
                int ordinal = IndexNumber();
                return ordinal < 0 ? null : TypeOf(WithChild(K.OpaqueReturnType, New(K.OpaqueReturnTypeIndex, (ulong)ordinal)));
            }

            case 'x': return Substituted(AssociatedTypeSimple(null));
            case 'X': return Substituted(AssociatedTypeCompound(null));
            case 'y': return Substituted(AssociatedTypeSimple(ParseGenericParamIndex()));
            case 'Y': return Substituted(AssociatedTypeCompound(ParseGenericParamIndex()));
            case 'z': return Substituted(AssociatedTypeSimple(GenericParam(0, 0)));
            case 'Z': return Substituted(AssociatedTypeCompound(GenericParam(0, 0)));
            case 'p':
            {
                var count = PopTypeAndGetChild();
                var pattern = PopTypeAndGetChild();
                return TypeOf(WithChildren(K.PackExpansion, pattern, count));
            }

            case 'e':
            {
                var pack = PopTypeAndGetChild();
                int level = IndexNumber();
                return level < 0 ? null : TypeOf(WithChildren(K.PackElement, pack, New(K.PackElementLevel, (ulong)level)));
            }

            case 'P': return PopPack();
            case 'S': return PopSILPack();
            default: return null;
        }
    }

    private SwiftNode? Substituted(SwiftNode? node)
    {
        AddSubstitution(node);
        return node;
    }

    /// <summary><c>Qo</c>: the opaque result type of a declaration, its index and generic arguments.</summary>
    private SwiftNode? ParseOpaqueType()
    {
        int index = IndexNumber();
        if (!PopBoundGenerics(out var lists, out var retroactive))
        {
            return null;
        }

        var name = Pop();
        // Swift keeps the index unchecked (a malformed one prints as a huge number).
        var opaque = WithChildren(K.OpaqueType, name, New(K.Index, unchecked((ulong)(long)index)));
        var arguments = New(K.TypeList);
        for (int i = lists.Count - 1; i >= 0 && arguments is not null; i--)
        {
            arguments.Add(lists[i]);
        }

        opaque = AddChild(opaque, arguments);
        if (retroactive is not null)
        {
            AddChild(opaque, retroactive);
        }

        return Substituted(TypeOf(opaque));
    }

    /// <summary>A member of <paramref name="baseParam"/> (or of a popped type) named by one associated type.</summary>
    private SwiftNode? AssociatedTypeSimple(SwiftNode? baseParam)
    {
        var name = PopAssocTypeName();
        var baseType = baseParam is not null ? TypeOf(baseParam) : Pop(K.Type);
        return TypeOf(WithChildren(K.DependentMemberType, baseType, name));
    }

    /// <summary>A member reached through a path of associated types back to the first-element marker.</summary>
    private SwiftNode? AssociatedTypeCompound(SwiftNode? baseParam)
    {
        var names = Context.Names;
        names.Clear();
        bool first;
        do
        {
            first = Pop(K.FirstElementMarker) is not null;
            var name = PopAssocTypeName();
            if (name is null)
            {
                return null;
            }

            names.Add(name);
        }
        while (!first);

        var baseType = baseParam is not null ? TypeOf(baseParam) : Pop(K.Type);
        while (names.Pop() is { } name)
        {
            baseType = TypeOf(AddChild(AddChild(New(K.DependentMemberType), baseType), name));
        }

        return baseType;
    }

    /// <summary>An associated type's name, with the protocol it belongs to when that was mangled.</summary>
    private SwiftNode? PopAssocTypeName()
    {
        var protocol = Pop(K.Type);
        if (protocol is not null && !SwiftNodeKinds.IsProtocolNode(protocol))
        {
            return null;
        }

        protocol ??= Pop(K.ProtocolSymbolicReference) ?? Pop(K.ObjectiveCProtocolSymbolicReference);
        var name = WithChild(K.DependentAssociatedTypeRef, Pop(K.Identifier));
        AddChild(name, protocol);
        return name;
    }

    private SwiftNode? PopAssocTypePath()
    {
        var path = New(K.AssocTypePath);
        bool first;
        do
        {
            first = Pop(K.FirstElementMarker) is not null;
            var name = PopAssocTypeName();
            if (name is null)
            {
                return null;
            }

            path?.Add(name);
        }
        while (!first);

        path?.Reverse();
        return path;
    }

    /// <summary>A generic parameter: <c>d&lt;depth&gt;&lt;index&gt;</c>, <c>z</c> (the first), <c>s</c> (Self of a constrained existential) or an index.</summary>
    private SwiftNode? ParseGenericParamIndex()
    {
        if (Accept('d'))
        {
            int depth = unchecked(IndexNumber() + 1);
            int index = IndexNumber();
            return GenericParam(depth, index);
        }

        if (Accept('z'))
        {
            return GenericParam(0, 0);
        }

        if (Accept('s'))
        {
            return New(K.ConstrainedExistentialSelf);
        }

        return GenericParam(0, unchecked(IndexNumber() + 1));
    }

    /// <summary>
    /// <c>l</c> (one parameter) or <c>r</c> (parameter counts per depth, <c>z</c> for none, ended by
    /// <c>l</c>): a generic signature with the requirements popped before it.
    /// </summary>
    private SwiftNode? ParseGenericSignature(bool hasParamCounts)
    {
        var signature = New(K.DependentGenericSignature);
        if (signature is null)
        {
            return null;
        }

        if (hasParamCounts)
        {
            while (!Accept('l'))
            {
                int count = 0;
                if (!Accept('z'))
                {
                    count = unchecked(IndexNumber() + 1);
                }

                if (count < 0 || AddChild(signature, New(K.DependentGenericParamCount, (ulong)count)) is null)
                {
                    return null;
                }
            }
        }
        else if (AddChild(signature, New(K.DependentGenericParamCount, 1)) is null)
        {
            return null;
        }

        int counts = signature.Count;
        while (Pop(SwiftNodeKinds.IsRequirement) is { } requirement)
        {
            signature.Add(requirement);
        }

        signature.Reverse(counts);
        return signature;
    }
}

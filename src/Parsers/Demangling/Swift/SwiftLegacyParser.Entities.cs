using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Old-mangling entities (entity ::= 'Z'? entity-kind context entity-name type), nominal types,
/// protocols and protocol conformances.
/// </summary>
internal sealed partial class SwiftLegacyParser
{
    private SwiftNode? ParseEntity(int depth)
    {
        if (!CanDescend(depth))
        {
            return null;
        }

        bool isStatic = Accept('Z');
        K basicKind;
        if (Accept('F')) basicKind = K.Function;
        else if (Accept('v')) basicKind = K.Variable;
        else if (Accept('I')) basicKind = K.Initializer;
        else if (Accept('i')) basicKind = K.Subscript;
        else return ParseNominalType(depth + 1);

        var context = ParseContext(depth + 1);
        if (context is null)
        {
            return null;
        }

        K kind = basicKind;
        bool hasType = true;
        bool wrap = false;
        SwiftNode? name = null;
        if (Accept('D')) { kind = K.Deallocator; hasType = false; }
        else if (Accept('d')) { kind = K.Destructor; hasType = false; }
        else if (Accept('Z')) { kind = K.IsolatedDeallocator; hasType = false; }
        else if (Accept('e')) { kind = K.IVarInitializer; hasType = false; }
        else if (Accept('E')) { kind = K.IVarDestroyer; hasType = false; }
        else if (Accept('C')) { kind = K.Allocator; }
        else if (Accept('c')) { kind = K.Constructor; }
        else if (Accept('a') || Accept('l'))
        {
            bool mutable = Chars[Pos - 1] == 'a';
            if (Accept('O')) kind = mutable ? K.OwningMutableAddressor : K.OwningAddressor;
            else if (Accept('o')) kind = mutable ? K.NativeOwningMutableAddressor : K.NativeOwningAddressor;
            else if (Accept('p')) kind = mutable ? K.NativePinningMutableAddressor : K.NativePinningAddressor;
            else if (Accept('u')) kind = mutable ? K.UnsafeMutableAddressor : K.UnsafeAddressor;
            else return null;

            wrap = true;
        }
        else if (AccessorKind(Peek()) is { } accessor)
        {
            Pos++;
            kind = accessor;
            wrap = true;
        }
        else if (Accept('U') || Accept('u'))
        {
            kind = Chars[Pos - 1] == 'U' ? K.ExplicitClosure : K.ImplicitClosure;
            name = IndexAsNode();
            if (name is null)
            {
                return null;
            }
        }
        else if (basicKind == K.Initializer)
        {
            if (Accept('A'))
            {
                kind = K.DefaultArgumentInitializer;
                name = IndexAsNode();
                if (name is null)
                {
                    return null;
                }
            }
            else if (!Accept('i'))
            {
                return null;
            }

            hasType = false;
        }
        else
        {
            name = ParseDeclName(depth + 1);
            if (name is null)
            {
                return null;
            }
        }

        if (wrap)
        {
            name = ParseDeclName(depth + 1);
            if (name is null)
            {
                return null;
            }
        }

        var entity = New(kind);
        if (entity is null)
        {
            return null;
        }

        if (wrap)
        {
            if (WrapStorage(entity, context, name!, hasType, depth) is null)
            {
                return null;
            }
        }
        else
        {
            entity.Add(context);
            AddChild(entity, name);
            if (hasType && AddChild(entity, ParseType(depth + 1)) is null)
            {
                return null;
            }
        }

        return isStatic ? WithChild(K.Static, entity) : entity;
    }

    private static K? AccessorKind(char c) => c switch
    {
        'g' => K.Getter,
        'G' => K.GlobalGetter,
        's' => K.Setter,
        'm' => K.MaterializeForSet,
        'w' => K.WillSet,
        'W' => K.DidSet,
        'r' => K.ReadAccessor,
        'M' => K.ModifyAccessor,
        _ => null,
    };

    /// <summary>
    /// An accessor's storage, built the way the current mangling has it: a variable, or a subscript
    /// (the old mangling named subscripts "subscript"), with the type after the name.
    /// </summary>
    private SwiftNode? WrapStorage(SwiftNode accessor, SwiftNode context, SwiftNode name, bool hasType, int depth)
    {
        bool isSubscript = false;
        SwiftNode? storageName = name;
        if (name.Kind == K.Identifier && name.TextSpan.SequenceEqual("subscript"))
        {
            isSubscript = true;
            storageName = null;
        }
        else if (name.Kind == K.PrivateDeclName && name.Count > 1 && name.Child(1).TextSpan.SequenceEqual("subscript"))
        {
            isSubscript = true;
            storageName = WithChild(K.PrivateDeclName, name.First);
        }

        var storage = New(isSubscript ? K.Subscript : K.Variable);
        if (storage is null)
        {
            return null;
        }

        storage.Add(context);
        if (!isSubscript)
        {
            AddChild(storage, storageName);
        }

        if (hasType && AddChild(storage, ParseType(depth + 1)) is null)
        {
            return null;
        }

        if (isSubscript)
        {
            AddChild(storage, storageName);
        }

        accessor.Add(storage);
        return accessor;
    }

    private SwiftNode? ParseNominalType(int depth)
    {
        if (Accept('S')) return ParseSubstitutionIndex(depth + 1);
        if (Accept('V')) return ParseDeclaration(K.Structure, depth + 1);
        if (Accept('O')) return ParseDeclaration(K.Enum, depth + 1);
        if (Accept('C')) return ParseDeclaration(K.Class, depth + 1);
        if (Accept('P')) return ParseDeclaration(K.Protocol, depth + 1);
        return null;
    }

    /// <summary>A protocol, wrapped in a Type node.</summary>
    private SwiftNode? ParseProtocolName(int depth) => TypeOf(ParseProtocolNameImpl(depth));

    private SwiftNode? ParseProtocolNameImpl(int depth)
    {
        if (!CanDescend(depth))
        {
            return null;
        }

        // A substitution may be the protocol itself or its module.
        if (Accept('S'))
        {
            var substitution = ParseSubstitutionIndex(depth + 1);
            return substitution?.Kind switch
            {
                K.Protocol => substitution,
                K.Module => ParseProtocolGivenContext(substitution, depth + 1),
                _ => null,
            };
        }

        if (Accept('s'))
        {
            return ParseProtocolGivenContext(New(K.Module, Stdlib), depth + 1);
        }

        return ParseDeclaration(K.Protocol, depth + 1);
    }

    private SwiftNode? ParseProtocolGivenContext(SwiftNode? context, int depth)
    {
        var name = ParseDeclName(depth + 1);
        var protocol = WithChildren(K.Protocol, context, name);
        if (protocol is not null)
        {
            Substitutions.Add(protocol);
        }

        return protocol;
    }

    private SwiftNode? ParseProtocolConformance(int depth)
    {
        var type = ParseType(depth + 1);
        var protocol = type is null ? null : ParseProtocolName(depth + 1);
        var context = protocol is null ? null : ParseContext(depth + 1);
        return WithChildren(K.ProtocolConformance, type, protocol, context);
    }

    private SwiftNode? ParseProtocolList(int depth)
    {
        var types = New(K.TypeList);
        var list = WithChild(K.ProtocolList, types);
        while (list is not null && !Accept('_'))
        {
            if (AddChild(types, ParseProtocolName(depth + 1)) is null)
            {
                return null;
            }
        }

        return list;
    }
}

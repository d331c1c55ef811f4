using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Entities (Mangling.rst, "Entities"): <c>f</c> (initializers, deinitializers, closures, default
/// arguments, macros), <c>v</c> variables and <c>i</c> subscripts with their accessors, and the
/// macro expansion names of <c>fM</c>.
/// </summary>
internal sealed partial class SwiftParser
{
    private enum EntityArgs
    {
        None,
        TypeAndMaybePrivateName,
        TypeAndIndex,
        Index,
    }

    private SwiftNode? ParseFunctionEntity()
    {
        var (args, kind) = Next() switch
        {
            'D' => (EntityArgs.None, K.Deallocator),
            'd' => (EntityArgs.None, K.Destructor),
            'Z' => (EntityArgs.None, K.IsolatedDeallocator),
            'E' => (EntityArgs.None, K.IVarDestroyer),
            'e' => (EntityArgs.None, K.IVarInitializer),
            'i' => (EntityArgs.None, K.Initializer),
            'C' => (EntityArgs.TypeAndMaybePrivateName, K.Allocator),
            'c' => (EntityArgs.TypeAndMaybePrivateName, K.Constructor),
            'U' => (EntityArgs.TypeAndIndex, K.ExplicitClosure),
            'u' => (EntityArgs.TypeAndIndex, K.ImplicitClosure),
            'A' => (EntityArgs.Index, K.DefaultArgumentInitializer),
            'm' => (EntityArgs.None, K.Macro),
            'M' => (EntityArgs.None, K.MacroExpansionLoc),
            'p' => (EntityArgs.None, K.GenericTypeParamDecl),
            'P' => (EntityArgs.None, K.PropertyWrapperBackingInitializer),
            'F' => (EntityArgs.None, K.PropertyWrappedFieldInitAccessor),
            'W' => (EntityArgs.None, K.PropertyWrapperInitFromProjectedValue),
            _ => (EntityArgs.None, K.Missing),
        };

        switch (kind)
        {
            case K.Missing:
                return null;
            case K.Macro or K.GenericTypeParamDecl:
                return ParseEntity(kind);
            case K.MacroExpansionLoc:
                return ParseMacroExpansion();
        }

        SwiftNode? nameOrIndex = null;
        SwiftNode? type = null;
        SwiftNode? labels = null;
        switch (args)
        {
            case EntityArgs.TypeAndMaybePrivateName:
                nameOrIndex = Pop(K.PrivateDeclName);
                type = Pop(K.Type);
                labels = PopFunctionParamLabels(type);
                break;
            case EntityArgs.TypeAndIndex:
                nameOrIndex = IndexAsNode();
                type = Pop(K.Type);
                break;
            case EntityArgs.Index:
                nameOrIndex = IndexAsNode();
                break;
        }

        var entity = WithChild(kind, PopContext());
        switch (args)
        {
            case EntityArgs.Index:
                entity = AddChild(entity, nameOrIndex);
                break;
            case EntityArgs.TypeAndMaybePrivateName:
                AddChild(entity, labels);
                entity = AddChild(entity, type);
                AddChild(entity, nameOrIndex);
                break;
            case EntityArgs.TypeAndIndex:
                entity = AddChild(entity, nameOrIndex);
                entity = AddChild(entity, type);
                break;
        }

        return entity;
    }

    /// <summary>A named entity: context, name, labels (when it has them) and type.</summary>
    private SwiftNode? ParseEntity(K kind)
    {
        var type = Pop(K.Type);
        var labels = PopFunctionParamLabels(type);
        var name = Pop(SwiftNodeKinds.IsDeclName);
        var context = PopContext();
        return labels is not null
            ? WithChildren(kind, context, name, labels, type)
            : WithChildren(kind, context, name, type);
    }

    private SwiftNode? ParseVariable() => ParseAccessor(ParseEntity(K.Variable));

    private SwiftNode? ParseSubscript()
    {
        var privateName = Pop(K.PrivateDeclName);
        var type = Pop(K.Type);
        var labels = PopFunctionParamLabels(type);
        var context = PopContext();
        if (type is null)
        {
            return null;
        }

        var subscript = AddChild(New(K.Subscript), context);
        AddChild(subscript, labels);
        subscript = AddChild(subscript, type);
        AddChild(subscript, privateName);
        return ParseAccessor(subscript);
    }

    /// <summary>The accessor letter after a variable or subscript (<c>p</c>: the storage itself).</summary>
    private SwiftNode? ParseAccessor(SwiftNode? storage)
    {
        var kind = Next() switch
        {
            'm' => K.MaterializeForSet,
            's' => K.Setter,
            'g' => K.Getter,
            'G' => K.GlobalGetter,
            'w' => K.WillSet,
            'W' => K.DidSet,
            'r' => K.ReadAccessor,
            'y' => K.Read2Accessor,
            'M' => K.ModifyAccessor,
            'x' => K.Modify2Accessor,
            'i' => K.InitAccessor,
            'a' => Next() switch
            {
                'O' => K.OwningMutableAddressor,
                'o' => K.NativeOwningMutableAddressor,
                'P' => K.NativePinningMutableAddressor,
                'u' => K.UnsafeMutableAddressor,
                _ => K.Missing,
            },
            'l' => Next() switch
            {
                'O' => K.OwningAddressor,
                'o' => K.NativeOwningAddressor,
                'p' => K.NativePinningAddressor,
                'u' => K.UnsafeAddressor,
                _ => K.Missing,
            },
            'p' => K.Variable,
            _ => K.Missing,
        };
        return kind switch
        {
            K.Missing => null,
            K.Variable => storage,
            _ => WithChild(kind, storage),
        };
    }

    /// <summary><c>fM</c>: a macro expansion (attached, freestanding, a unique name, or a source location).</summary>
    private SwiftNode? ParseMacroExpansion()
    {
        char c = Next();
        var kind = c switch
        {
            'a' => K.AccessorAttachedMacroExpansion,
            'r' => K.MemberAttributeAttachedMacroExpansion,
            'm' => K.MemberAttachedMacroExpansion,
            'p' => K.PeerAttachedMacroExpansion,
            'c' => K.ConformanceAttachedMacroExpansion,
            'e' => K.ExtensionAttachedMacroExpansion,
            'q' => K.PreambleAttachedMacroExpansion,
            'b' => K.BodyAttachedMacroExpansion,
            'f' => K.FreestandingMacroExpansion,
            'u' => K.MacroExpansionUniqueName,
            'X' => K.MacroExpansionLoc,
            _ => K.Missing,
        };
        if (kind == K.Missing)
        {
            return null;
        }

        if (kind == K.MacroExpansionLoc)
        {
            // Swift keeps line and column unchecked, as indexes.
            var line = New(K.Index, unchecked((ulong)(long)IndexNumber()));
            var column = New(K.Index, unchecked((ulong)(long)IndexNumber()));
            var buffer = Pop(K.Identifier);
            var module = Pop(K.Identifier);
            return WithChildren(kind, module, buffer, line, column);
        }

        bool attached = c is not ('f' or 'u');
        var macroName = Pop(K.Identifier);
        var privateDiscriminator = kind == K.FreestandingMacroExpansion ? Pop(K.PrivateDeclName) : null;
        var attachedName = attached ? Pop(SwiftNodeKinds.IsDeclName) : null;
        var context = Pop(SwiftNodeKinds.IsMacroExpansion) ?? PopContext();
        var discriminator = IndexAsNode();
        var result = attached && attachedName is not null
            ? WithChildren(kind, context, attachedName, macroName, discriminator)
            : WithChildren(kind, context, macroName, discriminator);
        if (privateDiscriminator is not null)
        {
            AddChild(result, privateDiscriminator);
        }

        return result;
    }

    /// <summary>The protocols of an existential back to the first-element marker (<c>y</c>: none, <c>Any</c>).</summary>
    private SwiftNode? ParseProtocolList()
    {
        var types = New(K.TypeList);
        var list = WithChild(K.ProtocolList, types);
        if (list is null || types is null || Pop(K.EmptyList) is not null)
        {
            return list;
        }

        bool first;
        do
        {
            first = Pop(K.FirstElementMarker) is not null;
            var protocol = PopProtocol();
            if (protocol is null)
            {
                return null;
            }

            types.Add(protocol);
        }
        while (!first);

        types.Reverse();
        return list;
    }

    private SwiftNode? ParseValueWitness()
    {
        char first = Next();
        char second = Next();
        int kind = SwiftValueWitness.Index(first, second);
        if (kind < 0)
        {
            return null;
        }

        var witness = AddChild(New(K.ValueWitness), New(K.Index, (ulong)kind));
        return AddChild(witness, Pop(K.Type));
    }
}

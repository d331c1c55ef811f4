using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Entities: a context, a name and a type. The context prints before the name ("Module.Type.name")
/// unless the name is several words ("closure #1", "variable initialization expression") or local, in
/// which case it prints after it ("closure #1 in Module.f()", "... of Module.x").
/// </summary>
internal sealed partial class SwiftPrinter
{
    private enum TypePrinting
    {
        NoType,
        WithColon,
        FunctionStyle,
    }

    private static readonly Dictionary<K, string> AttachedMacroRoles = new()
    {
        [K.AccessorAttachedMacroExpansion] = "accessor",
        [K.MemberAttributeAttachedMacroExpansion] = "memberAttribute",
        [K.MemberAttachedMacroExpansion] = "member",
        [K.PeerAttachedMacroExpansion] = "peer",
        [K.ConformanceAttachedMacroExpansion] = "conformance",
        [K.ExtensionAttachedMacroExpansion] = "extension",
        [K.PreambleAttachedMacroExpansion] = "preamble",
        [K.BodyAttachedMacroExpansion] = "body",
    };

    private SwiftNode? PrintEntityNode(SwiftNode node, int depth, bool prefix)
    {
        switch (node.Kind)
        {
            case K.Variable: return PrintEntity(node, depth, prefix, TypePrinting.WithColon, true);
            case K.Function or K.BoundGenericFunction: return PrintEntity(node, depth, prefix, TypePrinting.FunctionStyle, true);
            case K.Subscript: return PrintEntity(node, depth, prefix, TypePrinting.FunctionStyle, false, overwriteName: "subscript");
            case K.Macro:
                return PrintEntity(node, depth, prefix, node.Count == 3 ? TypePrinting.WithColon : TypePrinting.FunctionStyle, true);
            case K.GenericTypeParamDecl or K.Class or K.Structure or K.Enum or K.Protocol or K.TypeAlias or K.OtherNominalType:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, true);
            case K.FreestandingMacroExpansion:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, true, "freestanding macro expansion #", Ordinal(node.Child(2), 1));
            case K.MacroExpansionUniqueName:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, true, "unique name #", Ordinal(node.Child(2), 1));
            case K.ExplicitClosure:
                return PrintEntity(node, depth, prefix, TypePrinting.FunctionStyle, false, "closure #", Ordinal(node.Child(1), 1));
            case K.ImplicitClosure:
                return PrintEntity(node, depth, prefix, TypePrinting.FunctionStyle, false, "implicit closure #", Ordinal(node.Child(1), 1));
            case K.Initializer:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, false, "variable initialization expression");
            case K.PropertyWrapperBackingInitializer:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, false, "property wrapper backing initializer");
            case K.PropertyWrapperInitFromProjectedValue:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, false, "property wrapper init from projected value");
            case K.DefaultArgumentInitializer:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, false, "default argument ", Ordinal(node.Child(1), 0));
            case K.Allocator:
                return PrintEntity(node, depth, prefix, TypePrinting.FunctionStyle, false, IsClass(node.First) ? "__allocating_init" : "init");
            case K.Constructor:
                return PrintEntity(node, depth, prefix, TypePrinting.FunctionStyle, node.Count > 2, "init");
            case K.Destructor:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, false, "deinit");
            case K.Deallocator:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, false, IsClass(node.First) ? "__deallocating_deinit" : "deinit");
            case K.IsolatedDeallocator:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, false, IsClass(node.First) ? "__isolated_deallocating_deinit" : "deinit");
            case K.IVarInitializer:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, false, "__ivar_initializer");
            case K.IVarDestroyer:
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, false, "__ivar_destroyer");
            default:
                // An attached macro expansion: "<role> macro @<macro> expansion #<n> of <name>".
                string role = AttachedMacroRoles[node.Kind];
                var macro = node.Child(2);
                string macroName = macro.HasIndex ? macro.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) : macro.TextSpan.ToString();
                string extra = role + " macro @" + macroName + " expansion #";
                return PrintEntity(node, depth, prefix, TypePrinting.NoType, true, extra, Ordinal(node.Child(3), 1));
        }
    }

    /// <summary>An index as Swift's printer turns it into an int (truncating) after adding <paramref name="offset"/>.</summary>
    private static int Ordinal(SwiftNode index, int offset) => unchecked((int)index.Index + offset);

    /// <summary>Accessors print as their variable or subscript with ".getter" (and so on) after the name.</summary>
    private SwiftNode? PrintAccessor(SwiftNode node, int depth, bool prefix)
    {
        string name = node.Kind switch
        {
            K.OwningAddressor => "owningAddressor",
            K.OwningMutableAddressor => "owningMutableAddressor",
            K.NativeOwningAddressor => "nativeOwningAddressor",
            K.NativeOwningMutableAddressor => "nativeOwningMutableAddressor",
            K.NativePinningAddressor => "nativePinningAddressor",
            K.NativePinningMutableAddressor => "nativePinningMutableAddressor",
            K.UnsafeAddressor => "unsafeAddressor",
            K.UnsafeMutableAddressor => "unsafeMutableAddressor",
            K.GlobalGetter or K.Getter => "getter",
            K.Setter => "setter",
            K.MaterializeForSet => "materializeForSet",
            K.WillSet => "willset",
            K.DidSet => "didset",
            K.ReadAccessor => "read",
            K.Read2Accessor => "read2",
            K.ModifyAccessor => "modify",
            K.Modify2Accessor => "modify2",
            _ => "init",
        };
        var storage = node.First;
        return storage.Kind switch
        {
            K.Variable => PrintEntity(storage, depth, prefix, TypePrinting.WithColon, true, name),
            K.Subscript => PrintEntity(storage, depth, prefix, TypePrinting.WithColon, false, name, overwriteName: "subscript"),
            _ => Invalid(),
        };
    }

    private SwiftNode? PrintEntity(
        SwiftNode entity, int depth, bool asPrefixContext, TypePrinting typePrinting, bool hasName,
        string extraName = "", int extraIndex = -1, string overwriteName = "")
    {
        SwiftNode? genericArguments = null;
        if (entity.Kind == K.BoundGenericFunction)
        {
            genericArguments = entity.Child(1);
            entity = entity.First;
        }

        // The context prints as a prefix ("Context.name") unless the name is several words or local;
        // then it prints after the rest ("name in Context").
        bool multiWordName = extraName.Contains(' ');
        bool localName = hasName && entity.Child(1).Kind == K.LocalDeclName;
        multiWordName |= localName;
        if (asPrefixContext && (typePrinting != TypePrinting.NoType || multiWordName))
        {
            return entity;
        }

        SwiftNode? postfixContext;
        var context = entity.First;
        if (multiWordName)
        {
            postfixContext = context;
        }
        else
        {
            int before = Length;
            postfixContext = Print(context, depth + 1, asPrefixContext: true);
            if (Length != before)
            {
                Append('.');
            }
        }

        PrintFunctionName(hasName, overwriteName, extraName, multiWordName, extraIndex, entity, depth);
        if (typePrinting != TypePrinting.NoType)
        {
            var typeNode = entity.Find(K.Type);
            if (typeNode is null)
            {
                return Invalid();
            }

            var type = typeNode.First;
            if (typePrinting == TypePrinting.FunctionStyle)
            {
                // A function type is expected; anything else prints with a colon.
                var t = type;
                while (t.Kind == K.DependentGenericType)
                {
                    t = t.Child(1).First;
                }

                if (t.Kind is not (K.FunctionType or K.NoEscapeFunctionType or K.UncurriedFunctionType
                    or K.CFunctionPointer or K.ThinFunctionType))
                {
                    typePrinting = TypePrinting.WithColon;
                }
            }

            if (typePrinting == TypePrinting.WithColon)
            {
                Append(" : ");
                PrintEntityType(entity, type, genericArguments, depth);
            }
            else
            {
                if (multiWordName || NeedSpaceBeforeType(type))
                {
                    Append(' ');
                }

                PrintEntityType(entity, type, genericArguments, depth);
            }
        }

        if (!asPrefixContext && postfixContext is not null)
        {
            Append(entity.Kind is K.DefaultArgumentInitializer or K.Initializer or K.PropertyWrapperBackingInitializer
                or K.PropertyWrapperInitFromProjectedValue ? " of " : " in ");
            Print(postfixContext, depth + 1);
            postfixContext = null;
        }

        return postfixContext;
    }

    private void PrintFunctionName(
        bool hasName, string overwriteName, string extraName, bool multiWordName, int extraIndex, SwiftNode entity, int depth)
    {
        if (hasName || overwriteName.Length > 0)
        {
            if (extraName.Length > 0 && multiWordName)
            {
                // "closure #1 of name": the extra words first.
                Append(extraName);
                if (extraIndex >= 0)
                {
                    Append((ulong)extraIndex);
                }

                Append(" of ");
                extraName = "";
                extraIndex = -1;
            }

            int before = Length;
            if (overwriteName.Length > 0)
            {
                Append(overwriteName);
            }
            else
            {
                var name = entity.Child(1);
                if (name.Kind != K.PrivateDeclName)
                {
                    Print(name, depth + 1);
                }

                if (entity.Find(K.PrivateDeclName) is { } privateName)
                {
                    Print(privateName, depth + 1);
                }
            }

            if (Length != before && extraName.Length > 0)
            {
                Append('.');
            }
        }

        if (extraName.Length > 0)
        {
            Append(extraName);
            if (extraIndex >= 0)
            {
                Append((ulong)extraIndex);
            }
        }
    }

    private void PrintEntityType(SwiftNode entity, SwiftNode type, SwiftNode? genericArguments, int depth)
    {
        var labels = entity.Find(K.LabelList);
        if (labels is null && genericArguments is null)
        {
            Print(type, depth + 1);
            return;
        }

        if (genericArguments is not null)
        {
            Append('<');
            PrintChildren(genericArguments, depth, ", ");
            Append('>');
        }

        if (type.Kind == K.DependentGenericType)
        {
            if (genericArguments is null)
            {
                Print(type.First, depth + 1);
            }

            var dependent = type.Child(1);
            if (NeedSpaceBeforeType(dependent))
            {
                Append(' ');
            }

            type = dependent.First;
        }

        PrintFunctionType(labels, type, depth);
    }

    private static bool NeedSpaceBeforeType(SwiftNode type)
    {
        while (type.Kind == K.Type)
        {
            type = type.First;
        }

        return type.Kind is not (K.FunctionType or K.NoEscapeFunctionType or K.UncurriedFunctionType or K.DependentGenericType);
    }
}

using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Builtin, nominal and generic types (Mangling.rst, "Types"): <c>B...</c> builtins, a context and
/// a name followed by C/V/O/P/a, extensions (<c>E</c>), and <c>G</c>, which applies the collected
/// argument lists to a nominal type and its parents, outermost first.
/// </summary>
internal sealed partial class SwiftParser
{
    /// <summary>Largest builtin integer, float or vector width accepted (Swift's bound).</summary>
    private const int MaxBuiltinSize = 4096;

    private SwiftNode? ParseBuiltinType()
    {
        SwiftNode? type;
        switch (Next())
        {
            case 'A': type = New(K.BuiltinTypeName, "Builtin.ImplicitActor"); break;
            case 'b': type = New(K.BuiltinTypeName, "Builtin.BridgeObject"); break;
            case 'B': type = New(K.BuiltinTypeName, "Builtin.UnsafeValueBuffer"); break;
            case 'e': type = New(K.BuiltinTypeName, "Builtin.Executor"); break;
            case 'f': type = SizedBuiltin("Builtin.FPIEEE"); break;
            case 'i': type = SizedBuiltin("Builtin.Int"); break;
            case 'I': type = New(K.BuiltinTypeName, "Builtin.IntLiteral"); break;
            case 'v': type = ParseBuiltinVector(); break;
            case 'V':
                var element = Pop(K.Type);
                var size = element is null ? null : Pop(K.Type);
                type = WithChildren(K.BuiltinFixedArray, size, element);
                break;
            case 'O': type = New(K.BuiltinTypeName, "Builtin.UnknownObject"); break;
            case 'o': type = New(K.BuiltinTypeName, "Builtin.NativeObject"); break;
            case 'p': type = New(K.BuiltinTypeName, "Builtin.RawPointer"); break;
            case 'j': type = New(K.BuiltinTypeName, "Builtin.Job"); break;
            case 'D': type = New(K.BuiltinTypeName, "Builtin.DefaultActorStorage"); break;
            case 'd': type = New(K.BuiltinTypeName, "Builtin.NonDefaultDistributedActorStorage"); break;
            case 'c': type = New(K.BuiltinTypeName, "Builtin.RawUnsafeContinuation"); break;
            case 't': type = New(K.BuiltinTypeName, "Builtin.SILToken"); break;
            case 'w': type = New(K.BuiltinTypeName, "Builtin.Word"); break;
            case 'P': type = New(K.BuiltinTypeName, "Builtin.PackIndex"); break;
            case 'T': type = New(K.BuiltinTupleType); break;
            default: return null;
        }

        return TypeOf(type);
    }

    /// <summary><c>Bi&lt;n&gt;_</c> / <c>Bf&lt;n&gt;_</c>: a builtin with its bit width.</summary>
    private SwiftNode? SizedBuiltin(string name)
    {
        int size = IndexNumber() - 1;
        return size <= 0 || size > MaxBuiltinSize ? null : New(K.BuiltinTypeName, NumberText(name, size));
    }

    /// <summary><c>Bv&lt;n&gt;_</c> after a builtin element type: <c>Builtin.Vec&lt;n&gt;x&lt;element&gt;</c>.</summary>
    private SwiftNode? ParseBuiltinVector()
    {
        int elements = IndexNumber() - 1;
        if (elements <= 0 || elements > MaxBuiltinSize)
        {
            return null;
        }

        var element = PopTypeAndGetChild();
        const string Prefix = "Builtin.";
        if (element is null || element.Kind != K.BuiltinTypeName || !element.TextSpan.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var text = Context.Scratch;
        text.Clear();
        text.Append(NumberText("Builtin.Vec", elements, "x").Span);
        text.Append(element.TextSpan.Slice(Prefix.Length));
        return New(K.BuiltinTypeName, Context.Store(text.Written));
    }

    /// <summary><c>$&lt;n&gt;_</c> / <c>$n&lt;n&gt;_</c>: an integer generic argument (value generics).</summary>
    private SwiftNode? ParseIntegerType()
    {
        // Swift stores the (possibly -1000, malformed) index without checking it; so does this.
        var integer = Accept('n')
            ? New(K.NegativeInteger, unchecked((ulong)(long)-IndexNumber()))
            : New(K.Integer, unchecked((ulong)(long)IndexNumber()));
        return TypeOf(integer);
    }

    private SwiftNode? ParseNominalType(K kind)
    {
        var name = Pop(SwiftNodeKinds.IsDeclName);
        var context = PopContext();
        var type = TypeOf(WithChildren(kind, context, name));
        AddSubstitution(type);
        return type;
    }

    private SwiftNode? ParseExtension()
    {
        var signature = Pop(K.DependentGenericSignature);
        var module = PopModule();
        var type = PopTypeAndGetAnyGeneric();
        var extension = WithChildren(K.Extension, module, type);
        return signature is null ? extension : AddChild(extension, signature);
    }

    private SwiftNode? ParseBoundGenericType()
    {
        if (!PopBoundGenerics(out var lists, out var retroactive))
        {
            return null;
        }

        var nominal = PopTypeAndGetAnyGeneric();
        var bound = ApplyGenericArgs(nominal, lists, 0, 0);
        if (bound is null)
        {
            return null;
        }

        if (retroactive is not null)
        {
            bound.Add(retroactive);
        }

        var type = TypeOf(bound);
        AddSubstitution(type);
        return type;
    }

    /// <summary>
    /// Pops the argument lists of a <c>G</c> (innermost type first, separated by <c>_</c>, the outermost
    /// list ended by <c>y</c>) and any retroactive conformances after them.
    /// </summary>
    private bool PopBoundGenerics(out List<SwiftNode> lists, out SwiftNode? retroactive)
    {
        retroactive = PopRetroactiveConformances();
        // One list object serves every G: its lists are used up before the next G is read.
        lists = Context.TypeLists;
        lists.Clear();
        while (true)
        {
            var list = New(K.TypeList);
            if (list is null)
            {
                return false;
            }

            lists.Add(list);
            while (Pop(K.Type) is { } type)
            {
                list.Add(type);
            }

            list.Reverse();
            if (Pop(K.EmptyList) is not null)
            {
                return true;
            }

            if (Pop(K.FirstElementMarker) is null)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="lists"/>[<paramref name="index"/>..] to <paramref name="nominal"/> and its
    /// parents: each generic level takes one list, an entity that is not generic itself (a variable, a
    /// closure) passes the list on to its context.
    /// </summary>
    private SwiftNode? ApplyGenericArgs(SwiftNode? nominal, List<SwiftNode> lists, int index, int nesting)
    {
        if (nominal is null || index >= lists.Count || nesting > MaxGenericNesting)
        {
            return null;
        }

        if (nominal.Kind is K.TypeSymbolicReference or K.ProtocolSymbolicReference)
        {
            var remaining = New(K.TypeList);
            for (int i = lists.Count - 1; i >= index && remaining is not null; i--)
            {
                for (int j = 0; j < lists[i].Count; j++)
                {
                    remaining.Add(lists[i].Child(j));
                }
            }

            return WithChildren(K.BoundGenericOtherNominalType, TypeOf(nominal), remaining);
        }

        if (nominal.Count == 0)
        {
            return null;
        }

        var context = nominal.First;
        bool consumes = SwiftNodeKinds.ConsumesGenericArgs(nominal.Kind);
        var args = lists[index];
        if (consumes)
        {
            index++;
        }

        if (index < lists.Count)
        {
            SwiftNode? parent;
            if (context.Kind == K.Extension)
            {
                parent = WithChildren(K.Extension, context.First, ApplyGenericArgs(context.Child(1), lists, index, nesting + 1));
                if (context.Count == 3)
                {
                    AddChild(parent, context.Child(2));
                }
            }
            else
            {
                parent = ApplyGenericArgs(context, lists, index, nesting + 1);
            }

            // Rebuild this type on the parent that now has its generic arguments.
            var rebuilt = WithChild(nominal.Kind, parent);
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

        if (!consumes || args.Count == 0)
        {
            return nominal;
        }

        var kind = nominal.Kind switch
        {
            K.Class => K.BoundGenericClass,
            K.Structure => K.BoundGenericStructure,
            K.Enum => K.BoundGenericEnum,
            K.Protocol => K.BoundGenericProtocol,
            K.OtherNominalType => K.BoundGenericOtherNominalType,
            K.TypeAlias => K.BoundGenericTypeAlias,
            K.Function or K.Constructor => K.BoundGenericFunction,
            _ => K.Missing,
        };
        return kind switch
        {
            K.Missing => null,
            K.BoundGenericFunction => WithChildren(kind, nominal, args),
            _ => WithChildren(kind, TypeOf(nominal), args),
        };
    }
}

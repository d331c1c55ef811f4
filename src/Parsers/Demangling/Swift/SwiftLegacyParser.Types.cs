using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Old-mangling types: builtins (<c>B</c>), nominal and bound generic types, tuples (<c>T</c>,
/// variadic <c>t</c>), function types (<c>F</c>, <c>f</c>, <c>K</c>, <c>b</c>, <c>c</c>, <c>Xf</c>),
/// metatypes, existentials, generic parameters and their members, and inout.
/// </summary>
internal sealed partial class SwiftLegacyParser
{
    private SwiftNode? ParseType(int depth) => TypeOf(ParseTypeImpl(depth));

    private SwiftNode? ParseTypeImpl(int depth)
    {
        if (!CanDescend(depth) || AtEnd)
        {
            return null;
        }

        char c = Next();
        switch (c)
        {
            case 'B': return ParseBuiltinType(depth);
            case 'a': return ParseDeclaration(K.TypeAlias, depth + 1);
            case 'b': return ParseFunctionType(K.ObjCBlock, depth + 1);
            case 'c': return ParseFunctionType(K.CFunctionPointer, depth + 1);
            case 'D': return WithChild(K.DynamicSelf, ParseType(depth + 1));
            case 'E': return Accept('R') && Accept('R') ? New(K.ErrorType, "") : null;
            case 'F': return ParseFunctionType(K.FunctionType, depth + 1);
            case 'f': return ParseFunctionType(K.UncurriedFunctionType, depth + 1);
            case 'G': return ParseBoundGenericType(depth + 1);
            case 'X': return ParseSpecialType(depth);
            case 'K': return ParseFunctionType(K.AutoClosureType, depth + 1);
            case 'M': return WithChild(K.Metatype, ParseType(depth + 1));
            case 'P':
                return Accept('M') ? WithChild(K.ExistentialMetatype, ParseType(depth + 1)) : ParseProtocolList(depth + 1);
            case 'Q':
                if (Accept('u'))
                {
                    // The opaque result type of the declaration being demangled.
                    return New(K.OpaqueReturnType);
                }

                if (Accept('U'))
                {
                    return Index(out ulong ordinal) ? WithChild(K.OpaqueReturnType, New(K.OpaqueReturnTypeIndex, ordinal)) : null;
                }

                return ParseArchetypeType(depth + 1);
            case 'q': return ParseDependentType(depth + 1);
            case 'x': return GenericParam(0, 0);
            case 'w': return ParseAssociatedTypeSimple(depth + 1);
            case 'W': return ParseAssociatedTypeCompound(depth + 1);
            case 'R': return WithChild(K.InOut, ParseTypeImpl(depth + 1));
            case 'k': return WithChild(K.NoDerivative, ParseTypeImpl(depth + 1));
            case 'S': return ParseSubstitutionIndex(depth + 1);
            case 'T': return ParseTuple(variadic: false, depth + 1);
            case 't': return ParseTuple(variadic: true, depth + 1);
            case 'u':
            {
                var signature = ParseGenericSignature(depth + 1);
                var type = signature is null ? null : ParseType(depth + 1);
                return WithChildren(K.DependentGenericType, signature, type);
            }

            case 'C': return ParseDeclaration(K.Class, depth + 1);
            case 'V': return ParseDeclaration(K.Structure, depth + 1);
            case 'O': return ParseDeclaration(K.Enum, depth + 1);
            default: return null;
        }
    }

    private SwiftNode? ParseBuiltinType(int depth)
    {
        if (AtEnd)
        {
            return null;
        }

        switch (Next())
        {
            case 'b': return New(K.BuiltinTypeName, "Builtin.BridgeObject");
            case 'B': return New(K.BuiltinTypeName, "Builtin.UnsafeValueBuffer");
            case 'f': return BuiltinSize(out ulong floatSize) ? New(K.BuiltinTypeName, Number("Builtin.FPIEEE", floatSize)) : null;
            case 'i': return BuiltinSize(out ulong intSize) ? New(K.BuiltinTypeName, Number("Builtin.Int", intSize)) : null;
            case 'v':
                if (!Natural(out ulong elements) || !Accept('B'))
                {
                    return null;
                }

                if (Accept('i') || Accept('f'))
                {
                    string element = Chars[Pos - 1] == 'i' ? "xInt" : "xFPIEEE";
                    return BuiltinSize(out ulong size) ? New(K.BuiltinTypeName, Number("Builtin.Vec", elements, element, size)) : null;
                }

                return Accept('p') ? New(K.BuiltinTypeName, Number("Builtin.Vec", elements, "xRawPointer")) : null;
            case 'O': return New(K.BuiltinTypeName, "Builtin.UnknownObject");
            case 'o': return New(K.BuiltinTypeName, "Builtin.NativeObject");
            case 'p': return New(K.BuiltinTypeName, "Builtin.RawPointer");
            case 't': return New(K.BuiltinTypeName, "Builtin.SILToken");
            case 'w': return New(K.BuiltinTypeName, "Builtin.Word");
            default: return null;
        }
    }

    /// <summary>A builtin width: digits then <c>_</c>.</summary>
    private bool BuiltinSize(out ulong size) => Natural(out size) && Accept('_');

    /// <summary>"<paramref name="prefix"/>&lt;number&gt;<paramref name="middle"/>[&lt;second&gt;]", stored.</summary>
    private ReadOnlyMemory<char> Number(string prefix, ulong number, string middle = "", ulong? second = null)
    {
        var text = Context.Scratch;
        text.Clear();
        text.Append(prefix);
        Span<char> digits = stackalloc char[20];
        number.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        text.Append(digits.Slice(0, written));
        text.Append(middle);
        if (second is { } value)
        {
            value.TryFormat(digits, out written, default, System.Globalization.CultureInfo.InvariantCulture);
            text.Append(digits.Slice(0, written));
        }

        return Context.Store(text.Written);
    }

    /// <summary>The <c>X</c> types: SIL boxes, metatypes with a representation, existential metatypes, thin functions, storage.</summary>
    private SwiftNode? ParseSpecialType(int depth)
    {
        if (Accept('b'))
        {
            return WithChild(K.SILBoxType, ParseType(depth + 1));
        }

        if (Accept('B'))
        {
            return ParseSILBoxWithLayout(depth);
        }

        if (Accept('M'))
        {
            var representation = ParseMetatypeRepresentation();
            return representation is null ? null : WithChildren(K.Metatype, representation, ParseType(depth + 1));
        }

        if (Accept('P'))
        {
            if (Accept('M'))
            {
                var representation = ParseMetatypeRepresentation();
                return representation is null ? null : WithChildren(K.ExistentialMetatype, representation, ParseType(depth + 1));
            }

            return ParseProtocolList(depth + 1);
        }

        if (Accept('f')) return ParseFunctionType(K.ThinFunctionType, depth + 1);
        if (Accept('o')) return WithChild(K.Unowned, ParseType(depth + 1));
        if (Accept('u')) return WithChild(K.Unmanaged, ParseType(depth + 1));
        if (Accept('w')) return WithChild(K.Weak, ParseType(depth + 1));
        if (Accept('F')) return ParseImplFunctionType(depth + 1);
        return null;
    }

    private SwiftNode? ParseSILBoxWithLayout(int depth)
    {
        SwiftNode? signature = null;
        if (Accept('G'))
        {
            signature = ParseGenericSignature(depth);
            if (signature is null)
            {
                return null;
            }
        }

        var layout = New(K.SILBoxLayout);
        while (!Accept('_'))
        {
            K kind;
            if (Accept('m')) kind = K.SILBoxMutableField;
            else if (Accept('i')) kind = K.SILBoxImmutableField;
            else return null;

            if (AddChild(layout, WithChild(kind, ParseType(depth + 1))) is null)
            {
                return null;
            }
        }

        var box = WithChild(K.SILBoxTypeWithLayout, layout);
        if (signature is not null)
        {
            var arguments = New(K.TypeList);
            while (!Accept('_'))
            {
                if (AddChild(arguments, ParseType(depth + 1)) is null)
                {
                    return null;
                }
            }

            AddChild(box, signature);
            AddChild(box, arguments);
        }

        return box;
    }

    private SwiftNode? ParseMetatypeRepresentation() =>
        Accept('t') ? New(K.MetatypeRepresentation, "@thin")
        : Accept('T') ? New(K.MetatypeRepresentation, "@thick")
        : Accept('o') ? New(K.MetatypeRepresentation, "@objc_metatype")
        : null;

    private SwiftNode? ParseTuple(bool variadic, int depth)
    {
        var tuple = New(K.Tuple);
        SwiftNode? element = null;
        while (tuple is not null && !Accept('_'))
        {
            if (AtEnd)
            {
                return null;
            }

            element = New(K.TupleElement);
            if (Peek() is (>= '0' and <= '9') or 'o')
            {
                if (AddChild(element, ParseIdentifier(depth + 1, K.TupleElementName)) is null)
                {
                    return null;
                }
            }

            if (AddChild(element, ParseType(depth + 1)) is null)
            {
                return null;
            }

            tuple.Add(element!);
        }

        if (variadic && element is not null)
        {
            // The last element of a variadic tuple gets the marker first among its children.
            element.Reverse();
            element.Add(New(K.VariadicMarker) ?? SwiftNode.Missing);
            element.Reverse();
        }

        return tuple;
    }

    /// <summary>
    /// A function type: flags (<c>z</c> throws, <c>y</c> Sendable, <c>Z</c> async, <c>D</c> + kind
    /// differentiable, <c>Y</c> + type global actor), then the parameter and result types.
    /// </summary>
    private SwiftNode? ParseFunctionType(K kind, int depth)
    {
        bool throws = false, concurrent = false, isAsync = false;
        char differentiability = '\0';
        SwiftNode? globalActor = null;
        if (!AtEnd)
        {
            throws = Accept('z');
            concurrent = Accept('y');
            isAsync = Accept('Z');
            if (Accept('D'))
            {
                // An unknown kind letter is skipped (Swift's release build ignores it too).
                differentiability = Next();
                differentiability = differentiability is 'f' or 'r' or 'd' or 'l' ? differentiability : '\0';
            }

            if (Accept('Y'))
            {
                globalActor = ParseType(depth + 1);
                if (globalActor is null)
                {
                    return null;
                }
            }
        }

        var parameters = ParseType(depth + 1);
        var result = parameters is null ? null : ParseType(depth + 1);
        var function = result is null ? null : New(kind);
        if (function is null)
        {
            return null;
        }

        if (throws) AddChild(function, New(K.ThrowsAnnotation));
        if (isAsync) AddChild(function, New(K.AsyncAnnotation));
        if (concurrent) AddChild(function, New(K.ConcurrentFunctionType));
        if (differentiability != '\0') AddChild(function, New(K.DifferentiableFunctionType, differentiability));
        if (globalActor is not null) AddChild(function, WithChild(K.GlobalActorFunctionType, globalActor));
        AddChild(function, WithChild(K.ArgumentTuple, parameters));
        return AddChild(function, WithChild(K.ReturnType, result));
    }

    private bool ParseReabstractSignature(SwiftNode? thunk, int depth)
    {
        if (thunk is null)
        {
            return false;
        }

        if (Accept('G') && AddChild(thunk, ParseGenericSignature(depth + 1)) is null)
        {
            return false;
        }

        return AddChild(thunk, ParseType(depth + 1)) is not null && AddChild(thunk, ParseType(depth + 1)) is not null;
    }
}

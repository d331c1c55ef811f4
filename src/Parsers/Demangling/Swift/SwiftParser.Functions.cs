using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Function types and the lists they are built from (Mangling.rst, "Types": function-signature,
/// tuples, argument labels). A function type pops its result, its parameters and then the optional
/// annotations (async, Sendable, throws, differentiable, isolation, sending result), in the reverse
/// of the order they were mangled.
/// </summary>
internal sealed partial class SwiftParser
{
    /// <summary><c>F</c>: a plain function, its name and context popped after its type and labels.</summary>
    private SwiftNode? ParsePlainFunction()
    {
        var signature = Pop(K.DependentGenericSignature);
        var type = PopFunctionType(K.FunctionType);
        var labels = PopFunctionParamLabels(type);
        if (signature is not null)
        {
            type = TypeOf(WithChildren(K.DependentGenericType, signature, type));
        }

        var name = Pop(SwiftNodeKinds.IsDeclName);
        var context = PopContext();
        // Swift also records, for the remangler, which declaration an opaque result type belongs to;
        // that child prints nothing, so it is not built here.
        return labels is not null
            ? WithChildren(K.Function, context, name, labels, type)
            : WithChildren(K.Function, context, name, type);
    }

    private SwiftNode? PopFunctionType(K kind, bool hasClangType = false)
    {
        var function = New(kind);
        if (function is null)
        {
            return null;
        }

        if (hasClangType)
        {
            AddChild(function, ParseClangType());
        }

        AddChild(function, Pop(K.SendingResultFunctionType));
        AddChild(function, Pop(SwiftNodeKinds.IsFunctionIsolation));
        AddChild(function, Pop(K.DifferentiableFunctionType));
        AddChild(function, Pop(SwiftNodeKinds.IsThrows));
        AddChild(function, Pop(K.ConcurrentFunctionType));
        AddChild(function, Pop(K.AsyncAnnotation));
        function = AddChild(function, PopFunctionParams(K.ArgumentTuple));
        function = AddChild(function, PopFunctionParams(K.ReturnType));
        return TypeOf(function);
    }

    /// <summary>Parameters or result: a type, or <c>y</c> for the empty tuple.</summary>
    private SwiftNode? PopFunctionParams(K kind)
    {
        var type = Pop(K.EmptyList) is not null ? TypeOf(New(K.Tuple)) : Pop(K.Type);
        return WithChild(kind, type);
    }

    /// <summary>
    /// The argument labels of a function type: popped identifiers (or <c>_</c> for none) one per
    /// parameter, <c>y</c> when no parameter has one; with the Swift 4 (<c>_T0</c>) mangling they are
    /// the tuple element names of the parameter type instead, and are taken out of it.
    /// </summary>
    private SwiftNode? PopFunctionParamLabels(SwiftNode? type)
    {
        if (!_oldFunctionTypeMangling && Pop(K.EmptyList) is not null)
        {
            return New(K.LabelList);
        }

        if (type is null || type.Kind != K.Type)
        {
            return null;
        }

        var function = type.First;
        if (function.Kind == K.DependentGenericType)
        {
            function = function.Child(1).First;
        }

        if (function.Kind is not (K.FunctionType or K.NoEscapeFunctionType))
        {
            return null;
        }

        int first = 0;
        if (function.Child(first).Kind == K.SendingResultFunctionType) first++;
        if (function.Child(first).Kind == K.GlobalActorFunctionType) first++;
        if (function.Child(first).Kind == K.IsolatedAnyFunctionType) first++;
        if (function.Child(first).Kind == K.NonIsolatedCallerFunctionType) first++;
        if (function.Child(first).Kind == K.DifferentiableFunctionType) first++;
        if (SwiftNodeKinds.IsThrows(function.Child(first).Kind)) first++;
        if (function.Child(first).Kind == K.ConcurrentFunctionType) first++;
        if (function.Child(first).Kind == K.AsyncAnnotation) first++;

        var parameters = function.Child(first);
        if (parameters.Kind != K.ArgumentTuple)
        {
            return null;
        }

        var tuple = parameters.First.First;
        int count = tuple.Kind == K.Tuple ? tuple.Count : 1;
        if (count == 0)
        {
            return null;
        }

        var labels = New(K.LabelList);
        if (labels is null || (_oldFunctionTypeMangling && tuple.Kind != K.Tuple))
        {
            return labels;
        }

        bool hasLabels = false;
        for (int i = 0; i < count; i++)
        {
            var label = _oldFunctionTypeMangling ? TakeTupleLabel(tuple.Child(i)) : Pop();
            if (label is null || label.Kind is not (K.Identifier or K.FirstElementMarker))
            {
                return null;
            }

            labels.Add(label);
            hasLabels |= label.Kind != K.FirstElementMarker;
        }

        if (!hasLabels)
        {
            return New(K.LabelList);
        }

        if (!_oldFunctionTypeMangling)
        {
            labels.Reverse();
        }

        return labels;
    }

    /// <summary>Removes a tuple element's name and returns it as a label (<c>_</c> when it has none).</summary>
    private SwiftNode? TakeTupleLabel(SwiftNode element)
    {
        for (int i = 0; i < element.Count; i++)
        {
            var child = element.Child(i);
            if (child.Kind == K.TupleElementName)
            {
                element.RemoveAt(i);
                return New(K.Identifier, child.Text);
            }
        }

        return New(K.FirstElementMarker);
    }

    /// <summary><c>t</c>: a tuple of the types (with names and variadic markers) back to the first-element marker.</summary>
    private SwiftNode? PopTuple()
    {
        var tuple = New(K.Tuple);
        if (tuple is null)
        {
            return null;
        }

        if (Pop(K.EmptyList) is null)
        {
            bool first;
            do
            {
                first = Pop(K.FirstElementMarker) is not null;
                var element = New(K.TupleElement);
                AddChild(element, Pop(K.VariadicMarker));
                if (Pop(K.Identifier) is { } name)
                {
                    AddChild(element, New(K.TupleElementName, name.Text));
                }

                element = AddChild(element, Pop(K.Type));
                if (element is null)
                {
                    return null;
                }

                tuple.Add(element);
            }
            while (!first);

            tuple.Reverse();
        }

        return TypeOf(tuple);
    }

    /// <summary>Types back to the first-element marker (or none, for <c>y</c>) as children of <paramref name="list"/>.</summary>
    private SwiftNode? PopTypes(SwiftNode? list)
    {
        if (list is null)
        {
            return null;
        }

        if (Pop(K.EmptyList) is null)
        {
            bool first;
            do
            {
                first = Pop(K.FirstElementMarker) is not null;
                var type = Pop(K.Type);
                if (type is null)
                {
                    return null;
                }

                list.Add(type);
            }
            while (!first);

            list.Reverse();
        }

        return list;
    }

    private SwiftNode? PopTypeList() => PopTypes(New(K.TypeList));

    private SwiftNode? PopPack() => TypeOf(PopTypes(New(K.Pack)));

    private SwiftNode? PopSILPack() => Next() switch
    {
        'd' => TypeOf(PopTypes(New(K.SILPackDirect))),
        'i' => TypeOf(PopTypes(New(K.SILPackIndirect))),
        _ => null,
    };

    /// <summary><c>Y</c>: an annotation of the function type that follows (async, throws(E), isolation, ...).</summary>
    private SwiftNode? ParseTypeAnnotation() => Next() switch
    {
        'a' => New(K.AsyncAnnotation),
        'A' => New(K.IsolatedAnyFunctionType),
        'b' => New(K.ConcurrentFunctionType),
        'c' => WithChild(K.GlobalActorFunctionType, PopTypeAndGetChild()),
        'C' => New(K.NonIsolatedCallerFunctionType),
        'i' => TypeOf(WithChild(K.Isolated, PopTypeAndGetChild())),
        'j' => ParseDifferentiability(K.DifferentiableFunctionType),
        'k' => TypeOf(WithChild(K.NoDerivative, PopTypeAndGetChild())),
        'K' => WithChild(K.TypedThrowsAnnotation, PopTypeAndGetChild()),
        't' => TypeOf(WithChild(K.CompileTimeLiteral, PopTypeAndGetChild())),
        'g' => TypeOf(WithChild(K.ConstValue, PopTypeAndGetChild())),
        'T' => New(K.SendingResultFunctionType),
        'u' => TypeOf(WithChild(K.Sending, PopTypeAndGetChild())),
        _ => null,
    };

    /// <summary>A differentiability letter (f, r, d, l) as the index of a <paramref name="kind"/> node.</summary>
    private SwiftNode? ParseDifferentiability(K kind)
    {
        char c = Next();
        return c is 'f' or 'r' or 'd' or 'l' ? New(kind, c) : null;
    }

    /// <summary>A C function type's Clang mangling: a length and that many characters.</summary>
    private SwiftNode? ParseClangType()
    {
        int length = Natural();
        if (length <= 0 || length > End - Pos)
        {
            return null;
        }

        var type = New(K.ClangType, new ReadOnlyMemory<char>(Chars, Pos, length));
        Pos += length;
        return type;
    }

    /// <summary><c>u</c>: a generic type, its signature popped after it.</summary>
    private SwiftNode? ParseGenericType()
    {
        var signature = Pop(K.DependentGenericSignature);
        var type = Pop(K.Type);
        return TypeOf(WithChildren(K.DependentGenericType, signature, type));
    }
}

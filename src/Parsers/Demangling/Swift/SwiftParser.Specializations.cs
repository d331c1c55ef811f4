using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Specializations (Mangling.rst, "Specializations"): generic ones take the substituted types popped
/// from the stack; function signature ones describe each parameter (dead, owned to guaranteed,
/// exploded, constant propagated, closure propagated, ...) and pop the identifiers and types those
/// descriptions refer to, last parameter first.
/// </summary>
internal sealed partial class SwiftParser
{
    /// <summary>Optimizer pass numbers are one digit below this (Swift's <c>MAX_SPECIALIZATION_PASS</c>).</summary>
    private const int MaxSpecializationPass = 10;

    /// <summary>The serialized/async-removed/representation-changed flags and the pass number that start every specialization.</summary>
    private SwiftNode? ParseSpecAttributes(K kind)
    {
        bool serialized = Accept('q');
        bool asyncRemoved = Accept('a');
        bool representationChanged = Accept('r');
        int pass = Next() - '0';
        if (pass < 0 || pass >= MaxSpecializationPass)
        {
            return null;
        }

        var specialization = New(kind);
        if (serialized)
        {
            AddChild(specialization, New(K.IsSerialized));
        }

        if (asyncRemoved)
        {
            AddChild(specialization, New(K.AsyncRemoved));
        }

        if (representationChanged)
        {
            AddChild(specialization, New(K.RepresentationChanged));
        }

        return AddChild(specialization, New(K.SpecializationPassID, (ulong)pass));
    }

    private SwiftNode? ParseGenericSpecialization(K kind, SwiftNode? droppedArguments)
    {
        var specialization = ParseSpecAttributes(kind);
        if (specialization is null)
        {
            return null;
        }

        for (int i = 0; droppedArguments is not null && i < droppedArguments.Count; i++)
        {
            specialization.Add(droppedArguments.Child(i));
        }

        var types = PopTypeList();
        if (types is null)
        {
            return null;
        }

        for (int i = 0; i < types.Count; i++)
        {
            if (AddChild(specialization, WithChild(K.GenericSpecializationParam, types.Child(i))) is null)
            {
                return null;
            }
        }

        return specialization;
    }

    /// <summary><c>Tt&lt;n&gt;...</c>: a generic specialization that removed the listed parameters.</summary>
    private SwiftNode? ParseGenericSpecializationWithDroppedArguments()
    {
        Back();
        var dropped = New(K.GenericSpecialization);
        while (Accept('t'))
        {
            int n = Natural();
            AddChild(dropped, New(K.DroppedArgument, n < 0 ? 0UL : (ulong)n + 1));
        }

        var kind = Next() switch
        {
            'g' => K.GenericSpecialization,
            'G' => K.GenericSpecializationNotReAbstracted,
            'B' => K.GenericSpecializationInResilienceDomain,
            _ => K.Missing,
        };
        return kind == K.Missing ? null : ParseGenericSpecialization(kind, dropped);
    }

    private SwiftNode? ParsePartialSpecialization(K kind)
    {
        var specialization = ParseSpecAttributes(kind);
        var parameter = WithChild(K.GenericSpecializationParam, Pop(K.Type));
        return AddChild(specialization, parameter);
    }

    private SwiftNode? ParseFunctionSpecialization()
    {
        var specialization = ParseSpecAttributes(K.FunctionSignatureSpecialization);
        if (specialization is not null && specialization.First.Kind == K.RepresentationChanged)
        {
            return specialization;
        }

        while (specialization is not null && !Accept('_'))
        {
            specialization = AddChild(specialization, ParseFunctionSpecParam(K.FunctionSignatureSpecializationParam));
        }

        if (!Accept('n'))
        {
            specialization = AddChild(specialization, ParseFunctionSpecParam(K.FunctionSignatureSpecializationReturn));
        }

        if (specialization is null)
        {
            return null;
        }

        // The identifiers and types the parameters refer to were pushed before the operator: pop
        // them for the last parameter first. (Swift 6.2 reads one kind per parameter here; later
        // demanglers read several.)
        for (int index = specialization.Count - 1; index >= 0; index--)
        {
            var parameter = specialization.Child(index);
            if (parameter.Kind != K.FunctionSignatureSpecializationParam || parameter.Count == 0)
            {
                continue;
            }

            ulong kind = parameter.First.Index;
            if (kind is not (SwiftSpecParamKind.ConstantPropFunction or SwiftSpecParamKind.ConstantPropGlobal
                or SwiftSpecParamKind.ConstantPropString or SwiftSpecParamKind.ConstantPropKeyPath
                or SwiftSpecParamKind.ClosureProp))
            {
                continue;
            }

            int fixedChildren = parameter.Count;
            while (Pop(K.Type) is { } type)
            {
                if (kind is not (SwiftSpecParamKind.ClosureProp or SwiftSpecParamKind.ConstantPropKeyPath))
                {
                    return null;
                }

                parameter.Add(type);
            }

            var name = Pop(K.Identifier);
            if (name is null)
            {
                return null;
            }

            var text = name.Text;
            if (kind == SwiftSpecParamKind.ConstantPropString && !text.IsEmpty && text.Span[0] == '_')
            {
                // A '_' escapes a string constant's leading digit or '_'.
                text = text.Slice(1);
            }

            if (AddChild(parameter, New(K.FunctionSignatureSpecializationParamPayload, text)) is null)
            {
                return null;
            }

            parameter.Reverse(fixedChildren);
        }

        return specialization;
    }

    /// <summary>One parameter (or the result) of a function signature specialization.</summary>
    private SwiftNode? ParseFunctionSpecParam(K kind)
    {
        var parameter = New(kind);
        switch (Next())
        {
            case 'n':
                return parameter;
            case 'c':
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.ClosureProp));
            case 'p':
                return ParseConstantPropagation(parameter);
            case 'e':
                ulong existential = SwiftSpecParamKind.ExistentialToGeneric;
                existential |= Accept('D') ? SwiftSpecParamKind.Dead : 0;
                existential |= Accept('G') ? SwiftSpecParamKind.OwnedToGuaranteed : 0;
                existential |= Accept('O') ? SwiftSpecParamKind.GuaranteedToOwned : 0;
                existential |= Accept('X') ? SwiftSpecParamKind.Sroa : 0;
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, existential));
            case 'd':
                ulong dead = SwiftSpecParamKind.Dead;
                dead |= Accept('G') ? SwiftSpecParamKind.OwnedToGuaranteed : 0;
                dead |= Accept('O') ? SwiftSpecParamKind.GuaranteedToOwned : 0;
                dead |= Accept('X') ? SwiftSpecParamKind.Sroa : 0;
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, dead));
            case 'g':
                ulong guaranteed = SwiftSpecParamKind.OwnedToGuaranteed | (Accept('X') ? SwiftSpecParamKind.Sroa : 0);
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, guaranteed));
            case 'o':
                ulong owned = SwiftSpecParamKind.GuaranteedToOwned | (Accept('X') ? SwiftSpecParamKind.Sroa : 0);
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, owned));
            case 'x':
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.Sroa));
            case 'i':
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.BoxToValue));
            case 's':
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.BoxToStack));
            case 'r':
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.InOutToOut));
            default:
                return null;
        }
    }

    /// <summary><c>p</c>: constant propagation of a function, global, integer, float, string or key path.</summary>
    private SwiftNode? ParseConstantPropagation(SwiftNode? parameter)
    {
        switch (Next())
        {
            case 'f':
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.ConstantPropFunction));
            case 'g':
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.ConstantPropGlobal));
            case 'i':
                return AddSpecParamNumber(parameter, SwiftSpecParamKind.ConstantPropInteger);
            case 'd':
                return AddSpecParamNumber(parameter, SwiftSpecParamKind.ConstantPropFloat);
            case 's':
                string? encoding = Next() switch { 'b' => "u8", 'w' => "u16", 'c' => "objc", _ => null };
                if (encoding is null)
                {
                    return null;
                }

                AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.ConstantPropString));
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamPayload, encoding));
            case 'k':
                return AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, SwiftSpecParamKind.ConstantPropKeyPath));
            default:
                return null;
        }
    }

    private SwiftNode? AddSpecParamNumber(SwiftNode? parameter, ulong kind)
    {
        AddChild(parameter, New(K.FunctionSignatureSpecializationParamKind, kind));
        int start = Pos;
        while (IsDigit(Peek()))
        {
            Pos++;
        }

        return Pos == start
            ? null
            : AddChild(parameter, New(K.FunctionSignatureSpecializationParamPayload, new ReadOnlyMemory<char>(Chars, start, Pos - start)));
    }
}

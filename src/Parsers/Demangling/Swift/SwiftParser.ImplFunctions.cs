using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// SIL function types (<c>I</c>; Mangling.rst, "impl-function-type"): substitutions, the callee
/// convention, attributes, then one convention letter per parameter, result, yield and error, up to
/// <c>_</c>; the types of those were pushed before the <c>I</c> and are popped onto them in reverse.
/// </summary>
internal sealed partial class SwiftParser
{
    private SwiftNode? ParseImplFunctionType()
    {
        var type = New(K.ImplFunctionType);
        if (type is null)
        {
            return null;
        }

        if (Accept('s'))
        {
            if (!PopBoundGenerics(out var lists, out var retroactive))
            {
                return null;
            }

            var signature = Pop(K.DependentGenericSignature);
            if (signature is null)
            {
                return null;
            }

            var substitutions = AddChild(WithChild(K.ImplPatternSubstitutions, signature), lists[0]);
            AddChild(substitutions, retroactive);
            if (AddChild(type, substitutions) is null)
            {
                return null;
            }
        }

        if (Accept('I'))
        {
            if (!PopBoundGenerics(out var lists, out var retroactive) || lists.Count != 1)
            {
                return null;
            }

            var substitutions = WithChild(K.ImplInvocationSubstitutions, lists[0]);
            AddChild(substitutions, retroactive);
            if (AddChild(type, substitutions) is null)
            {
                return null;
            }
        }

        var genericSignature = Pop(K.DependentGenericSignature);
        if (genericSignature is not null && Accept('P'))
        {
            genericSignature = ChangeKind(genericSignature, K.DependentPseudogenericSignature);
        }

        if (Accept('e'))
        {
            AddChild(type, New(K.ImplEscaping));
        }

        if (Accept('A'))
        {
            AddChild(type, New(K.ImplErasedIsolation));
        }

        if (Peek() is 'd' or 'l' or 'f' or 'r')
        {
            AddChild(type, New(K.ImplDifferentiabilityKind, Next()));
        }

        string? callee = Next() switch
        {
            'y' => "@callee_unowned",
            'g' => "@callee_guaranteed",
            'x' => "@callee_owned",
            't' => "@convention(thin)",
            _ => null,
        };
        if (callee is null || AddChild(type, New(K.ImplConvention, callee)) is null)
        {
            return null;
        }

        ParseImplFunctionConvention(type);
        ParseImplFunctionAttributes(type);
        AddChild(type, genericSignature);

        int typesToAdd = 0;
        while (ParseImplParameter() is { } parameter)
        {
            type.Add(parameter);
            typesToAdd++;
        }

        while (ParseImplResultConvention(K.ImplResult) is { } result)
        {
            type.Add(result);
            if (New(K.ImplParameterResultDifferentiability, Accept('w') ? "@noDerivative" : "") is { } differentiability)
            {
                result.Add(differentiability);
            }

            typesToAdd++;
        }

        while (Accept('Y'))
        {
            var yield = ParseImplParamConvention(K.ImplYield);
            if (yield is null)
            {
                return null;
            }

            type.Add(yield);
            typesToAdd++;
        }

        if (Accept('z'))
        {
            var error = ParseImplResultConvention(K.ImplErrorResult);
            if (error is null)
            {
                return null;
            }

            type.Add(error);
            typesToAdd++;
        }

        if (!Accept('_'))
        {
            return null;
        }

        for (int i = 0; i < typesToAdd; i++)
        {
            var conventionType = Pop(K.Type);
            if (conventionType is null)
            {
                return null;
            }

            type.Child(type.Count - i - 1).Add(conventionType);
        }

        return TypeOf(type);
    }

    /// <summary>A function convention (<c>B</c> block, <c>C</c> c, <c>z</c> with a Clang type, <c>M</c>, <c>O</c>, <c>K</c>, <c>W</c>).</summary>
    private void ParseImplFunctionConvention(SwiftNode type)
    {
        string? convention = null;
        bool hasClangType = false;
        switch (Next())
        {
            case 'B': convention = "block"; break;
            case 'C': convention = "c"; break;
            case 'z':
                switch (Next())
                {
                    case 'B': hasClangType = true; convention = "block"; break;
                    case 'C': hasClangType = true; convention = "c"; break;
                    default: Back(); Back(); break;
                }

                break;
            case 'M': convention = "method"; break;
            case 'O': convention = "objc_method"; break;
            case 'K': convention = "closure"; break;
            case 'W': convention = "witness_method"; break;
            default: Back(); break;
        }

        if (convention is not null)
        {
            var attribute = WithChild(K.ImplFunctionConvention, New(K.ImplFunctionConventionName, convention));
            if (hasClangType)
            {
                AddChild(attribute, ParseClangType());
            }

            AddChild(type, attribute);
        }
    }

    /// <summary>Coroutine kind (<c>A</c>, <c>I</c>, <c>G</c>), <c>h</c> Sendable, <c>H</c> async, <c>T</c> sending result.</summary>
    private void ParseImplFunctionAttributes(SwiftNode type)
    {
        string? coroutine = Accept('A') ? "yield_once" : Accept('I') ? "yield_once_2" : Accept('G') ? "yield_many" : null;
        if (coroutine is not null)
        {
            AddChild(type, New(K.ImplCoroutineKind, coroutine));
        }

        if (Accept('h'))
        {
            AddChild(type, New(K.ImplFunctionAttribute, "@Sendable"));
        }

        if (Accept('H'))
        {
            AddChild(type, New(K.ImplFunctionAttribute, "@async"));
        }

        if (Accept('T'))
        {
            AddChild(type, New(K.ImplSendingResult));
        }
    }

    /// <summary>A parameter convention with its differentiability, sending, isolated and implicit-leading marks.</summary>
    private SwiftNode? ParseImplParameter()
    {
        var parameter = ParseImplParamConvention(K.ImplParameter);
        if (parameter is null)
        {
            return null;
        }

        AddChild(parameter, New(K.ImplParameterResultDifferentiability, Accept('w') ? "@noDerivative" : ""));
        if (Accept('T'))
        {
            AddChild(parameter, New(K.ImplParameterSending, "sending"));
        }

        if (Accept('I'))
        {
            AddChild(parameter, New(K.ImplParameterIsolated, "isolated"));
        }

        if (Accept('L'))
        {
            AddChild(parameter, New(K.ImplParameterImplicitLeading, "sil_implicit_leading_param"));
        }

        return parameter;
    }

    private SwiftNode? ParseImplParamConvention(K kind)
    {
        string? convention = Next() switch
        {
            'i' => "@in",
            'c' => "@in_constant",
            'l' => "@inout",
            'b' => "@inout_aliasable",
            'n' => "@in_guaranteed",
            'X' => "@in_cxx",
            'x' => "@owned",
            'g' => "@guaranteed",
            'e' => "@deallocating",
            'y' => "@unowned",
            'v' => "@pack_owned",
            'p' => "@pack_guaranteed",
            'm' => "@pack_inout",
            _ => null,
        };
        if (convention is null)
        {
            Back();
            return null;
        }

        return WithChild(kind, New(K.ImplConvention, convention));
    }

    private SwiftNode? ParseImplResultConvention(K kind)
    {
        string? convention = Next() switch
        {
            'r' => "@out",
            'o' => "@owned",
            'd' => "@unowned",
            'u' => "@unowned_inner_pointer",
            'a' => "@autoreleased",
            'k' => "@pack_out",
            'l' => "@guaranteed_address",
            'g' => "@guaranteed",
            'm' => "@inout",
            _ => null,
        };
        if (convention is null)
        {
            Back();
            return null;
        }

        return WithChild(kind, New(K.ImplConvention, convention));
    }
}

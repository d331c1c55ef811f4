using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Old-mangling generic signatures (parameter counts per depth, then <c>R</c> requirements up to
/// <c>r</c>) and SIL function types (<c>XF</c>: callee convention, attributes, an optional generic
/// signature, then parameters and results, each list ended by <c>_</c>).
/// </summary>
internal sealed partial class SwiftLegacyParser
{
    private SwiftNode? ParseGenericSignature(int depth, bool pseudogeneric = false)
    {
        var signature = New(pseudogeneric ? K.DependentPseudogenericSignature : K.DependentGenericSignature);
        if (signature is null)
        {
            return null;
        }

        bool counted = false;
        while (Peek() is not ('R' or 'r'))
        {
            ulong count;
            if (Accept('z'))
            {
                count = 0;
            }
            else if (Index(out count))
            {
                count = unchecked(count + 1);
            }
            else
            {
                return null;
            }

            counted = true;
            AddChild(signature, New(K.DependentGenericParamCount, count));
        }

        // No counts means exactly one parameter.
        if (!counted)
        {
            AddChild(signature, New(K.DependentGenericParamCount, 1));
        }

        if (Accept('r'))
        {
            return signature;
        }

        if (!Accept('R'))
        {
            return null;
        }

        while (!Accept('r'))
        {
            if (AddChild(signature, ParseGenericRequirement(depth + 1)) is null)
            {
                return null;
            }
        }

        return signature;
    }

    private SwiftNode? ParseGenericRequirement(int depth)
    {
        var constrained = ParseConstrainedType(depth + 1);
        if (constrained is null)
        {
            return null;
        }

        if (Accept('z'))
        {
            return WithChildren(K.DependentGenericSameTypeRequirement, constrained, ParseType(depth + 1));
        }

        if (Accept('l'))
        {
            return ParseLayoutRequirement(constrained);
        }

        if (AtEnd)
        {
            return null;
        }

        // A base class constraint is a class type ('C') or a substitution ('S') of a class, protocol or module.
        SwiftNode? constraint;
        if (Peek() == 'C')
        {
            constraint = ParseType(depth + 1);
        }
        else if (Peek() == 'S')
        {
            Pos++;
            var substitution = ParseSubstitutionIndex(depth + 1);
            var type = substitution?.Kind switch
            {
                K.Protocol or K.Class => substitution,
                K.Module => ParseProtocolGivenContext(substitution, depth + 1),
                _ => null,
            };
            constraint = TypeOf(type);
        }
        else
        {
            constraint = ParseProtocolName(depth + 1);
        }

        return WithChildren(K.DependentGenericConformanceRequirement, constrained, constraint);
    }

    /// <summary>After <c>l</c>: U, R, N, T, or E/e/M/m with a size (and alignment).</summary>
    private SwiftNode? ParseLayoutRequirement(SwiftNode constrained)
    {
        if (AtEnd)
        {
            return null;
        }

        int letterAt = Pos;
        char c = Next();
        ulong size = 0;
        ulong alignment = 0;
        bool hasSize = c is 'E' or 'e' or 'M' or 'm';
        bool hasAlignment = c is 'E' or 'M';
        if (c is not ('U' or 'R' or 'N' or 'T') && !hasSize)
        {
            return null;
        }

        if (hasSize && !Natural(out size))
        {
            return null;
        }

        if (hasAlignment && (!Accept('_') || !Natural(out alignment)))
        {
            return null;
        }

        var requirement = WithChildren(K.DependentGenericLayoutRequirement, constrained, New(K.Identifier, new ReadOnlyMemory<char>(Chars, letterAt, 1)));
        if (hasSize)
        {
            AddChild(requirement, New(K.Number, size));
            if (hasAlignment)
            {
                AddChild(requirement, New(K.Number, alignment));
            }
        }

        return requirement;
    }

    private SwiftNode? ParseImplFunctionType(int depth)
    {
        var type = New(K.ImplFunctionType);
        string? callee = Accept('t') ? "@convention(thin)" : ImplConvention(ImplContext.Callee);
        if (type is null || callee is null)
        {
            return null;
        }

        AddChild(type, New(K.ImplConvention, callee));
        if (Accept('C'))
        {
            string? convention = Accept('b') ? "block"
                : Accept('c') ? "c"
                : Accept('m') ? "method"
                : Accept('O') ? "objc_method"
                : Accept('w') ? "witness_method"
                : null;
            if (convention is null)
            {
                return null;
            }

            AddChild(type, WithChild(K.ImplFunctionConvention, New(K.ImplFunctionConventionName, convention)));
        }

        if (Accept('h'))
        {
            AddChild(type, New(K.ImplFunctionAttribute, "@Sendable"));
        }

        if (Accept('H'))
        {
            AddChild(type, New(K.ImplFunctionAttribute, "@async"));
        }

        if (Accept('G') || Accept('g'))
        {
            if (AddChild(type, ParseGenericSignature(depth + 1, pseudogeneric: Chars[Pos - 1] == 'g')) is null)
            {
                return null;
            }
        }

        if (!Accept('_'))
        {
            return null;
        }

        while (!Accept('_'))
        {
            if (AddChild(type, ParseImplParameterOrResult(K.ImplParameter, depth + 1)) is null)
            {
                return null;
            }
        }

        while (!Accept('_'))
        {
            if (AddChild(type, ParseImplParameterOrResult(K.ImplResult, depth + 1)) is null)
            {
                return null;
            }
        }

        return type;
    }

    private enum ImplContext
    {
        Callee,
        Parameter,
        Result,
    }

    /// <summary>A convention letter as the callee, a parameter or a result reads it (null when it has no meaning there).</summary>
    private string? ImplConvention(ImplContext context)
    {
        if (AtEnd)
        {
            return null;
        }

        (string? Callee, string? Parameter, string? Result) meanings = Peek() switch
        {
            'a' => (null, null, "@autoreleased"),
            'd' => ("@callee_unowned", "@unowned", "@unowned"),
            'D' => (null, null, "@unowned_inner_pointer"),
            'g' => ("@callee_guaranteed", "@guaranteed", null),
            'e' => (null, "@deallocating", null),
            'i' => (null, "@in", "@out"),
            'l' => (null, "@inout", null),
            'o' => ("@callee_owned", "@owned", "@owned"),
            _ => (null, null, null),
        };
        if (Peek() is 'a' or 'd' or 'D' or 'g' or 'e' or 'i' or 'l' or 'o')
        {
            Pos++;
        }

        return context switch
        {
            ImplContext.Callee => meanings.Callee,
            ImplContext.Parameter => meanings.Parameter,
            _ => meanings.Result,
        };
    }

    private SwiftNode? ParseImplParameterOrResult(K kind, int depth)
    {
        if (Accept('z'))
        {
            // An error result, only valid among the results.
            if (kind != K.ImplResult)
            {
                return null;
            }

            kind = K.ImplErrorResult;
        }

        string? convention = ImplConvention(kind == K.ImplParameter ? ImplContext.Parameter : ImplContext.Result);
        if (convention is null)
        {
            return null;
        }

        var type = ParseType(depth + 1);
        return type is null ? null : WithChildren(kind, New(K.ImplConvention, convention), type);
    }
}

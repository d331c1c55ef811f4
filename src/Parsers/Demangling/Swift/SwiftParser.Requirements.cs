using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Generic requirements (<c>R</c>; Mangling.rst, "Generic signatures"): the letter after <c>R</c>
/// says what is constrained (a generic parameter, an associated type of one, a path of associated
/// types, or a type already on the stack) and how (conformance, base class, same type, same shape,
/// layout, inverse, pack or value marker).
/// </summary>
internal sealed partial class SwiftParser
{
    private enum Subject
    {
        Generic,
        Associated,
        CompoundAssociated,
        Substitution,
    }

    private enum Constraint
    {
        Protocol,
        BaseClass,
        SameType,
        SameShape,
        Layout,
        PackMarker,
        Inverse,
        ValueMarker,
    }

    private SwiftNode? ParseGenericRequirement()
    {
        SwiftNode? inverse = null;
        char c = Next();
        var (constraint, subject) = c switch
        {
            'V' => (Constraint.ValueMarker, Subject.Generic),
            'v' => (Constraint.PackMarker, Subject.Generic),
            'c' => (Constraint.BaseClass, Subject.Associated),
            'C' => (Constraint.BaseClass, Subject.CompoundAssociated),
            'b' => (Constraint.BaseClass, Subject.Generic),
            'B' => (Constraint.BaseClass, Subject.Substitution),
            't' => (Constraint.SameType, Subject.Associated),
            'T' => (Constraint.SameType, Subject.CompoundAssociated),
            's' => (Constraint.SameType, Subject.Generic),
            'S' => (Constraint.SameType, Subject.Substitution),
            'm' => (Constraint.Layout, Subject.Associated),
            'M' => (Constraint.Layout, Subject.CompoundAssociated),
            'l' => (Constraint.Layout, Subject.Generic),
            'L' => (Constraint.Layout, Subject.Substitution),
            'p' => (Constraint.Protocol, Subject.Associated),
            'P' => (Constraint.Protocol, Subject.CompoundAssociated),
            'Q' => (Constraint.Protocol, Subject.Substitution),
            'h' => (Constraint.SameShape, Subject.Generic),
            'i' => (Constraint.Inverse, Subject.Generic),
            'I' => (Constraint.Inverse, Subject.Substitution),
            'j' => (Constraint.Inverse, Subject.Associated),
            'J' => (Constraint.Inverse, Subject.CompoundAssociated),
            _ => (Constraint.Protocol, Subject.Generic),
        };

        if (c is not ('V' or 'v' or 'c' or 'C' or 'b' or 'B' or 't' or 'T' or 's' or 'S' or 'm' or 'M' or 'l' or 'L'
            or 'p' or 'P' or 'Q' or 'h' or 'i' or 'I' or 'j' or 'J'))
        {
            Back();
        }

        if (constraint == Constraint.Inverse)
        {
            inverse = IndexAsNode();
            if (inverse is null)
            {
                return null;
            }
        }

        SwiftNode? type;
        switch (subject)
        {
            case Subject.Generic:
                type = TypeOf(ParseGenericParamIndex());
                break;
            case Subject.Associated:
                type = Substituted(AssociatedTypeSimple(ParseGenericParamIndex()));
                break;
            case Subject.CompoundAssociated:
                type = Substituted(AssociatedTypeCompound(ParseGenericParamIndex()));
                break;
            default:
                type = Pop(K.Type);
                break;
        }

        return constraint switch
        {
            Constraint.ValueMarker => WithChildren(K.DependentGenericParamValueMarker, type, Pop(K.Type)),
            Constraint.PackMarker => WithChild(K.DependentGenericParamPackMarker, type),
            Constraint.Protocol => WithChildren(K.DependentGenericConformanceRequirement, type, PopProtocol()),
            Constraint.Inverse => WithChildren(K.DependentGenericInverseConformanceRequirement, type, inverse),
            Constraint.BaseClass => WithChildren(K.DependentGenericConformanceRequirement, type, Pop(K.Type)),
            Constraint.SameType => WithChildren(K.DependentGenericSameTypeRequirement, type, Pop(K.Type)),
            Constraint.SameShape => WithChildren(K.DependentGenericSameShapeRequirement, type, Pop(K.Type)),
            _ => ParseLayoutRequirement(type),
        };
    }

    /// <summary>
    /// A layout constraint letter: U(nknown), R(ef-counted), N(ative ref-counted), C(lass), D (native
    /// class), T(rivial), B (bridge object); E/e (trivial of a size, with alignment), M/m (trivial of at
    /// most a size), S (trivial stride).
    /// </summary>
    private SwiftNode? ParseLayoutRequirement(SwiftNode? type)
    {
        int letterAt = Pos;
        char c = Next();
        SwiftNode? size = null;
        SwiftNode? alignment = null;
        switch (c)
        {
            case 'U' or 'R' or 'N' or 'C' or 'D' or 'T' or 'B':
                break;
            case 'E' or 'M':
                size = IndexAsNode();
                if (size is null)
                {
                    return null;
                }

                alignment = IndexAsNode();
                break;
            case 'e' or 'm' or 'S':
                size = IndexAsNode();
                if (size is null)
                {
                    return null;
                }

                break;
            default:
                return null;
        }

        // The layout is named by its letter, which is still in the input.
        var requirement = WithChildren(K.DependentGenericLayoutRequirement, type, New(K.Identifier, new ReadOnlyMemory<char>(Chars, letterAt, 1)));
        AddChild(requirement, size);
        AddChild(requirement, alignment);
        return requirement;
    }
}

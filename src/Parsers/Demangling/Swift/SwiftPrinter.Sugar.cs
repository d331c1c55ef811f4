using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>Bound generic types, with Swift's sugar when it is on, and when a type needs parentheses.</summary>
internal sealed partial class SwiftPrinter
{
    private enum Sugar
    {
        None,
        Optional,
        ImplicitlyUnwrappedOptional,
        Array,
        Dictionary,
    }

    private void PrintBoundGeneric(SwiftNode node, int depth)
    {
        if (node.Count < 2)
        {
            return;
        }

        if (node.Count != 2 || !_sugar || node.Kind == K.BoundGenericClass)
        {
            PrintBoundGenericNoSugar(node, depth);
            return;
        }

        if (node.Kind == K.BoundGenericProtocol)
        {
            // The conforming type "as" the protocol.
            PrintChildren(node.Child(1), depth);
            Append(" as ");
            Print(node.First, depth + 1);
            return;
        }

        var arguments = node.Child(1);
        switch (FindSugar(node))
        {
            case Sugar.Optional or Sugar.ImplicitlyUnwrappedOptional:
                PrintWithParens(arguments.First, depth);
                Append(FindSugar(node) == Sugar.Optional ? '?' : '!');
                break;
            case Sugar.Array:
                Append('[');
                Print(arguments.First, depth + 1);
                Append(']');
                break;
            case Sugar.Dictionary:
                Append('[');
                Parts(arguments, depth, 0, " : ", 1);
                Append(']');
                break;
            default:
                PrintBoundGenericNoSugar(node, depth);
                break;
        }
    }

    private void PrintBoundGenericNoSugar(SwiftNode node, int depth)
    {
        if (node.Count < 2)
        {
            return;
        }

        Print(node.First, depth + 1);
        Append('<');
        PrintChildren(node.Child(1), depth, ", ");
        Append('>');
    }

    private static Sugar FindSugar(SwiftNode node)
    {
        while (node.Count == 1 && node.Kind == K.Type)
        {
            node = node.First;
        }

        if (node.Count != 2 || node.Kind is not (K.BoundGenericEnum or K.BoundGenericStructure))
        {
            return Sugar.None;
        }

        var unbound = node.First.First;
        var arguments = node.Child(1);
        bool swift = unbound.First.Kind == K.Module && unbound.First.TextSpan.SequenceEqual("Swift");
        var name = unbound.Child(1);
        if (node.Kind == K.BoundGenericEnum)
        {
            if (name.IsIdentifier("Optional") && arguments.Count == 1 && swift)
            {
                return Sugar.Optional;
            }

            return name.IsIdentifier("ImplicitlyUnwrappedOptional") && arguments.Count == 1 && swift
                ? Sugar.ImplicitlyUnwrappedOptional
                : Sugar.None;
        }

        if (name.IsIdentifier("Array") && arguments.Count == 1 && swift)
        {
            return Sugar.Array;
        }

        return name.IsIdentifier("Dictionary") && arguments.Count == 2 && swift ? Sugar.Dictionary : Sugar.None;
    }

    private void PrintWithParens(SwiftNode type, int depth)
    {
        bool parens = !IsSimpleType(type);
        if (parens)
        {
            Append('(');
        }

        Print(type, depth + 1);
        if (parens)
        {
            Append(')');
        }
    }

    /// <summary>Types that need no parentheses before <c>?</c> or <c>.Type</c> (Swift's <c>isSimpleType</c>).</summary>
    private static bool IsSimpleType(SwiftNode node)
    {
        while (node.Kind == K.Type)
        {
            node = node.First;
        }

        return node.Kind switch
        {
            K.AssociatedType or K.AssociatedTypeRef or K.BoundGenericClass or K.BoundGenericEnum
                or K.BoundGenericStructure or K.BoundGenericProtocol or K.BoundGenericOtherNominalType
                or K.BoundGenericTypeAlias or K.BoundGenericFunction or K.BuiltinTypeName or K.BuiltinTupleType
                or K.BuiltinFixedArray or K.Class or K.DependentGenericType or K.DependentMemberType
                or K.DependentGenericParamType or K.DynamicSelf or K.Enum or K.ErrorType or K.ExistentialMetatype
                or K.Metatype or K.MetatypeRepresentation or K.Module or K.Tuple or K.Pack or K.SILPackDirect
                or K.SILPackIndirect or K.ConstrainedExistentialRequirementList or K.ConstrainedExistentialSelf
                or K.Protocol or K.ProtocolSymbolicReference or K.ReturnType or K.SILBoxType
                or K.SILBoxTypeWithLayout or K.Structure or K.OtherNominalType or K.TupleElementName
                or K.TypeAlias or K.TypeList or K.LabelList or K.TypeSymbolicReference or K.SugaredOptional
                or K.SugaredArray or K.SugaredInlineArray or K.SugaredDictionary or K.SugaredParen
                or K.Integer or K.NegativeInteger => true,
            K.ProtocolList => node.First.Count <= 1,
            K.ProtocolListWithAnyObject => node.First.First.Count == 0,
            _ => false,
        };
    }
}

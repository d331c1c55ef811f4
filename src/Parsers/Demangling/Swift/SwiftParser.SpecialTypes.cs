using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// The <c>X</c> types (Mangling.rst, "Types"): function type variants (non-escaping, autoclosure,
/// thin, C, block), reference storage, metatypes with a representation, existentials, SIL boxes,
/// anonymous contexts and the sugared types the debugger uses.
/// </summary>
internal sealed partial class SwiftParser
{
    private SwiftNode? ParseSpecialType()
    {
        char c = Next();
        switch (c)
        {
            case 'E': return PopFunctionType(K.NoEscapeFunctionType);
            case 'A': return PopFunctionType(K.EscapingAutoClosureType);
            case 'f': return PopFunctionType(K.ThinFunctionType);
            case 'K': return PopFunctionType(K.AutoClosureType);
            case 'U': return PopFunctionType(K.UncurriedFunctionType);
            case 'L': return PopFunctionType(K.EscapingObjCBlock);
            case 'B': return PopFunctionType(K.ObjCBlock);
            case 'C': return PopFunctionType(K.CFunctionPointer);
            case 'g' or 'G': return ParseExtendedExistentialShape(c);
            case 'j': return ParseSymbolicExtendedExistential();
            case 'z':
                return Next() switch
                {
                    'B' => PopFunctionType(K.ObjCBlock, hasClangType: true),
                    'C' => PopFunctionType(K.CFunctionPointer, hasClangType: true),
                    _ => null,
                };
            case 'o': return TypeOf(WithChild(K.Unowned, Pop(K.Type)));
            case 'u': return TypeOf(WithChild(K.Unmanaged, Pop(K.Type)));
            case 'w': return TypeOf(WithChild(K.Weak, Pop(K.Type)));
            case 'b': return TypeOf(WithChild(K.SILBoxType, Pop(K.Type)));
            case 'D': return TypeOf(WithChild(K.DynamicSelf, Pop(K.Type)));
            case 'M' or 'm':
            {
                var representation = ParseMetatypeRepresentation();
                var type = Pop(K.Type);
                return TypeOf(WithChildren(c == 'M' ? K.Metatype : K.ExistentialMetatype, representation, type));
            }

            case 'P':
            {
                var requirements = ParseConstrainedExistentialRequirements();
                var baseType = Pop(K.Type);
                return TypeOf(WithChildren(K.ConstrainedExistential, baseType, requirements));
            }

            case 'p': return TypeOf(WithChild(K.ExistentialMetatype, Pop(K.Type)));
            case 'c':
            {
                var superclass = Pop(K.Type);
                var protocols = ParseProtocolList();
                return TypeOf(WithChildren(K.ProtocolListWithClass, protocols, superclass));
            }

            case 'l': return TypeOf(WithChild(K.ProtocolListWithAnyObject, ParseProtocolList()));
            case 'X' or 'x': return ParseSILBox(c == 'X');
            case 'Y': return ParseNominalType(K.OtherNominalType);
            case 'Z':
            {
                var types = PopTypeList();
                var name = Pop(K.Identifier);
                var parent = PopContext();
                var anonymous = AddChild(New(K.AnonymousContext), name);
                anonymous = AddChild(anonymous, parent);
                return AddChild(anonymous, types);
            }

            case 'e': return TypeOf(New(K.ErrorType));
            case 'S': return ParseSugaredType();
            default: return null;
        }
    }

    private SwiftNode? ParseSugaredType()
    {
        switch (Next())
        {
            case 'q': return TypeOf(WithChild(K.SugaredOptional, Pop(K.Type)));
            case 'a': return TypeOf(WithChild(K.SugaredArray, Pop(K.Type)));
            case 'A':
            {
                var element = Pop(K.Type);
                var count = Pop(K.Type);
                return TypeOf(WithChildren(K.SugaredInlineArray, count, element));
            }

            case 'D':
            {
                var value = Pop(K.Type);
                var key = Pop(K.Type);
                return TypeOf(WithChildren(K.SugaredDictionary, key, value));
            }

            case 'p': return TypeOf(WithChild(K.SugaredParen, Pop(K.Type)));
            default: return null;
        }
    }

    private SwiftNode? ParseMetatypeRepresentation() => Next() switch
    {
        't' => New(K.MetatypeRepresentation, "@thin"),
        'T' => New(K.MetatypeRepresentation, "@thick"),
        'o' => New(K.MetatypeRepresentation, "@objc_metatype"),
        _ => null,
    };

    private SwiftNode? ParseConstrainedExistentialRequirements()
    {
        var list = New(K.ConstrainedExistentialRequirementList);
        bool first;
        do
        {
            first = Pop(K.FirstElementMarker) is not null;
            var requirement = Pop(SwiftNodeKinds.IsRequirement);
            if (requirement is null)
            {
                return null;
            }

            list?.Add(requirement);
        }
        while (!first);

        list?.Reverse();
        return list;
    }

    /// <summary><c>Xx</c> / <c>XX</c>: a SIL box with its field types (an inout field is mutable), generic for <c>XX</c>.</summary>
    private SwiftNode? ParseSILBox(bool generic)
    {
        SwiftNode? signature = null;
        SwiftNode? arguments = null;
        if (generic)
        {
            signature = Pop(K.DependentGenericSignature);
            arguments = signature is null ? null : PopTypeList();
            if (arguments is null)
            {
                return null;
            }
        }

        var fields = PopTypeList();
        var layout = New(K.SILBoxLayout);
        if (fields is null || layout is null)
        {
            return null;
        }

        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields.Child(i);
            bool mutable = field.First.Kind == K.InOut;
            var fieldType = mutable ? TypeOf(field.First.First) : field;
            AddChild(layout, WithChild(mutable ? K.SILBoxMutableField : K.SILBoxImmutableField, fieldType));
        }

        var box = WithChild(K.SILBoxTypeWithLayout, layout);
        if (signature is not null)
        {
            AddChild(box, signature);
            AddChild(box, arguments);
        }

        return TypeOf(box);
    }

    private SwiftNode? ParseSymbolicExtendedExistential()
    {
        var retroactive = PopRetroactiveConformances();
        var arguments = New(K.TypeList);
        while (Pop(K.Type) is { } type)
        {
            arguments?.Add(type);
        }

        arguments?.Reverse();
        var shape = Pop();
        if (shape is null || shape.Kind is not (K.UniqueExtendedExistentialTypeShapeSymbolicReference
            or K.NonUniqueExtendedExistentialTypeShapeSymbolicReference))
        {
            return null;
        }

        var existential = retroactive is null
            ? WithChildren(K.SymbolicExtendedExistentialType, shape, arguments)
            : WithChildren(K.SymbolicExtendedExistentialType, shape, arguments, retroactive);
        return TypeOf(existential);
    }

    private SwiftNode? ParseExtendedExistentialShape(char c)
    {
        var type = Pop(K.Type);
        var signature = c == 'G' ? Pop(K.DependentGenericSignature) : null;
        return signature is not null
            ? WithChildren(K.ExtendedExistentialTypeShape, signature, type)
            : WithChild(K.ExtendedExistentialTypeShape, type);
    }
}

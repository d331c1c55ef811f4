namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>How the qualifiers in front of a type are written in this position.</summary>
    private enum QualifierMode
    {
        /// <summary>Not mangled here (parameters, variables: the caller reads them).</summary>
        Drop,

        /// <summary>Always mangled (pointees).</summary>
        Mangle,

        /// <summary>Mangled only after a <c>?</c> (return types, template arguments).</summary>
        Result,
    }

    private TypeNode? ParseType(QualifierMode mode)
    {
        if (!Enter())
        {
            return null;
        }

        try
        {
            return ParseTypeCore(mode);
        }
        finally
        {
            depth--;
        }
    }

    private TypeNode? ParseTypeCore(QualifierMode mode)
    {
        MicrosoftQualifiers quals = MicrosoftQualifiers.None;
        if (mode == QualifierMode.Mangle || (mode == QualifierMode.Result && Consume('?')))
        {
            quals = ParseQualifiers().Quals;
        }

        if (AtEnd || error)
        {
            return Fail<TypeNode>();
        }

        TypeNode? type;
        char front = Front;
        if (front is 'T' or 'U' or 'V' or 'W')
        {
            type = ParseClassType();
        }
        else if (front is 'A' or 'P' or 'Q' or 'R' or 'S' || StartsWith("$$Q"))
        {
            bool isMember = IsMemberPointer(out bool bad);
            if (bad)
            {
                return Fail<TypeNode>();
            }

            type = isMember ? ParseMemberPointerType() : ParsePointerType();
        }
        else if (front == 'Y')
        {
            type = ParseArrayType();
        }
        else if (Consume("$$A8@@"))
        {
            type = ParseFunctionType(hasThisQuals: true);
        }
        else if (Consume("$$A6"))
        {
            type = ParseFunctionType(hasThisQuals: false);
        }
        else if (front == '?')
        {
            type = ParseCustomType();
        }
        else
        {
            type = ParsePrimitiveType();
        }

        if (type is null || error)
        {
            return Fail<TypeNode>();
        }

        type.Quals |= quals;
        return type;
    }

    /// <summary>
    /// <c>A</c>-<c>D</c> (none, const, volatile, const volatile) and the member forms
    /// <c>Q</c>-<c>T</c>, which say the pointee is a class member.
    /// </summary>
    private (MicrosoftQualifiers Quals, bool IsMember) ParseQualifiers()
    {
        if (AtEnd)
        {
            error = true;
            return (MicrosoftQualifiers.None, false);
        }

        const MicrosoftQualifiers cv = MicrosoftQualifiers.Const | MicrosoftQualifiers.Volatile;
        (MicrosoftQualifiers, bool)? result = Front switch
        {
            'Q' => (MicrosoftQualifiers.None, true),
            'R' => (MicrosoftQualifiers.Const, true),
            'S' => (MicrosoftQualifiers.Volatile, true),
            'T' => (cv, true),
            'A' => (MicrosoftQualifiers.None, false),
            'B' => (MicrosoftQualifiers.Const, false),
            'C' => (MicrosoftQualifiers.Volatile, false),
            'D' => (cv, false),
            _ => null,
        };
        if (result is null)
        {
            error = true;
            return (MicrosoftQualifiers.None, false);
        }

        pos++;
        return result.Value;
    }

    /// <summary><c>E</c> <c>__ptr64</c>, <c>I</c> <c>__restrict</c>, <c>F</c> <c>__unaligned</c>, in that order.</summary>
    private MicrosoftQualifiers ParsePointerExtQualifiers()
    {
        MicrosoftQualifiers quals = MicrosoftQualifiers.None;
        if (Consume('E'))
        {
            quals |= MicrosoftQualifiers.Pointer64;
        }

        if (Consume('I'))
        {
            quals |= MicrosoftQualifiers.Restrict;
        }

        if (Consume('F'))
        {
            quals |= MicrosoftQualifiers.Unaligned;
        }

        return quals;
    }

    private TagTypeNode? ParseClassType()
    {
        string tag = Take() switch
        {
            'T' => "union",
            'U' => "struct",
            'V' => "class",
            _ => "enum",
        };
        if (tag == "enum" && !Consume('4'))
        {
            return Fail<TagTypeNode>();
        }

        QualifiedNameNode? name = ParseFullyQualifiedTypeName();
        return error ? null : new TagTypeNode(tag, name!);
    }

    /// <summary><c>Y</c> rank dimension... [<c>$$C</c> qualifiers] element type.</summary>
    private ArrayTypeNode? ParseArrayType()
    {
        Consume('Y');
        (ulong rank, bool negative) = ParseNumber();
        if (error || negative || rank == 0)
        {
            return Fail<ArrayTypeNode>();
        }

        var dimensions = new List<ulong>();
        for (ulong i = 0; i < rank; i++)
        {
            (ulong dimension, bool dimensionNegative) = ParseNumber();
            if (error || dimensionNegative)
            {
                return Fail<ArrayTypeNode>();
            }

            dimensions.Add(dimension);
        }

        MicrosoftQualifiers quals = MicrosoftQualifiers.None;
        if (Consume("$$C"))
        {
            (quals, bool isMember) = ParseQualifiers();
            if (isMember)
            {
                return Fail<ArrayTypeNode>();
            }
        }

        TypeNode? element = ParseType(QualifierMode.Drop);
        return error ? null : new ArrayTypeNode(dimensions, element!) { Quals = quals };
    }

    private CustomTypeNode? ParseCustomType()
    {
        Consume('?');
        IdentifierNode? identifier = ParseUnqualifiedTypeName(memorize: true);
        if (error || !Consume('@'))
        {
            return Fail<CustomTypeNode>();
        }

        return new CustomTypeNode(identifier!);
    }

    private PrimitiveTypeNode? ParsePrimitiveType()
    {
        if (Consume("$$T"))
        {
            return new PrimitiveTypeNode("std::nullptr_t");
        }

        char code = Take();
        string? name = code switch
        {
            'X' => "void",
            'D' => "char",
            'C' => "signed char",
            'E' => "unsigned char",
            'F' => "short",
            'G' => "unsigned short",
            'H' => "int",
            'I' => "unsigned int",
            'J' => "long",
            'K' => "unsigned long",
            'M' => "float",
            'N' => "double",
            'O' => "long double",
            '_' when !AtEnd => Take() switch
            {
                'N' => "bool",
                'J' => "__int64",
                'K' => "unsigned __int64",
                'W' => "wchar_t",
                'Q' => "char8_t",
                'S' => "char16_t",
                'U' => "char32_t",
                'P' => "auto",
                'T' => "decltype(auto)",
                _ => null,
            },
            _ => null,
        };
        return name is null ? Fail<PrimitiveTypeNode>() : new PrimitiveTypeNode(name);
    }
}

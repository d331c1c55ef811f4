namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>
    /// Template arguments up to <c>@</c>: types, <c>$0</c> integers, <c>$1</c>/<c>$E</c> symbols,
    /// <c>$H</c>/<c>$I</c>/<c>$J</c> member function pointers and <c>$F</c>/<c>$G</c> data member
    /// pointers with their offsets, <c>$$Y</c> alias templates, <c>$$B</c> arrays, <c>$$C</c>
    /// qualified types, <c>$M</c> auto non-type parameters (type then value); <c>$S</c>,
    /// <c>$$V</c>, <c>$$$V</c> and <c>$$Z</c> mark empty packs and pack boundaries.
    /// </summary>
    private NodeArray? ParseTemplateParameterList()
    {
        var arguments = new List<Node>();
        while (!StartsWith('@'))
        {
            if (Consume("$S") || Consume("$$V") || Consume("$$$V") || Consume("$$Z"))
            {
                continue;
            }

            bool isAuto = Consume("$M");
            if (isAuto)
            {
                // The deduced type of an auto parameter is not printed.
                ParseType(QualifierMode.Drop);
                if (error)
                {
                    return null;
                }
            }

            Node? argument = ParseTemplateArgument(isAuto);
            if (error || argument is null)
            {
                return Fail<NodeArray>();
            }

            arguments.Add(argument);
        }

        Consume('@');
        return new NodeArray(arguments);
    }

    private bool StartsWithArgumentCode(char code, bool isAuto) =>
        isAuto ? StartsWith(code) : pos + 1 < text.Length && text[pos] == '$' && text[pos + 1] == code;

    private Node? ParseTemplateArgument(bool isAuto)
    {
        if (Consume("$$Y"))
        {
            return ParseFullyQualifiedTypeName();
        }

        if (Consume("$$B"))
        {
            return ParseType(QualifierMode.Drop);
        }

        if (Consume("$$C"))
        {
            return ParseType(QualifierMode.Mangle);
        }

        if (StartsWithArgumentCode('1', isAuto) || StartsWithArgumentCode('H', isAuto) ||
            StartsWithArgumentCode('I', isAuto) || StartsWithArgumentCode('J', isAuto))
        {
            return ParseMemberFunctionPointerArgument(isAuto);
        }

        if (StartsWith("$E?"))
        {
            Consume("$E");
            return new TemplateParameterReferenceNode { Symbol = Parse(), Affinity = PointerAffinity.Reference };
        }

        if (StartsWithArgumentCode('F', isAuto) || StartsWithArgumentCode('G', isAuto))
        {
            return ParseDataMemberPointerArgument(isAuto);
        }

        if (StartsWithArgumentCode('0', isAuto))
        {
            pos += isAuto ? 1 : 2;
            (ulong value, bool negative) = ParseNumber();
            return new IntegerLiteralNode(value, negative);
        }

        return ParseType(QualifierMode.Drop);
    }

    /// <summary><c>1</c> symbol, <c>H</c> symbol offset, <c>I</c> + 2 offsets, <c>J</c> + 3 offsets.</summary>
    private TemplateParameterReferenceNode? ParseMemberFunctionPointerArgument(bool isAuto)
    {
        var reference = new TemplateParameterReferenceNode { IsMemberPointer = true, Affinity = PointerAffinity.Pointer };
        if (!isAuto)
        {
            pos++;
        }

        char inheritance = Take();
        if (StartsWith('?'))
        {
            reference.Symbol = Parse();
            if (error || reference.Symbol?.Name is null)
            {
                return Fail<TemplateParameterReferenceNode>();
            }

            MemorizeIdentifier(reference.Symbol.Name.Unqualified);
        }

        int offsets = inheritance switch
        {
            'J' => 3,
            'I' => 2,
            'H' => 1,
            _ => 0,
        };
        for (int i = 0; i < offsets && !error; i++)
        {
            reference.ThunkOffsets.Add(ParseSigned());
        }

        return error ? null : reference;
    }

    /// <summary><c>F</c> two offsets, <c>G</c> three offsets.</summary>
    private TemplateParameterReferenceNode? ParseDataMemberPointerArgument(bool isAuto)
    {
        var reference = new TemplateParameterReferenceNode { IsMemberPointer = true };
        if (!isAuto)
        {
            pos++;
        }

        int offsets = Take() == 'G' ? 3 : 2;
        for (int i = 0; i < offsets && !error; i++)
        {
            reference.ThunkOffsets.Add(ParseSigned());
        }

        return error ? null : reference;
    }
}

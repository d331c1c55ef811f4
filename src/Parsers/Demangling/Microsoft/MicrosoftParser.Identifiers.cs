namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>
    /// <c>?</c> number <c>?</c>: a scope inside a function (<c>?1?</c>, <c>?BA@?</c>, <c>?@?</c>).
    /// The number is a digit or <c>B</c>-<c>P</c> then <c>A</c>-<c>P</c> letters and <c>@</c>;
    /// <c>A</c> cannot lead, which keeps it apart from <c>?A</c> anonymous namespaces.
    /// </summary>
    private bool StartsWithLocalScopePattern()
    {
        if (!StartsWith('?'))
        {
            return false;
        }

        int end = text.IndexOf('?', pos + 1);
        if (end < 0)
        {
            return false;
        }

        ReadOnlySpan<char> candidate = text.AsSpan(pos + 1, end - pos - 1);
        if (candidate.IsEmpty)
        {
            return false;
        }

        if (candidate.Length == 1)
        {
            return candidate[0] == '@' || char.IsAsciiDigit(candidate[0]);
        }

        if (candidate[^1] != '@' || candidate[0] < 'B' || candidate[0] > 'P')
        {
            return false;
        }

        foreach (char c in candidate[1..^1])
        {
            if (c < 'A' || c > 'P')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A local scope prints as <c>`enclosing function'::`number'</c>.</summary>
    private NamedIdentifierNode? ParseLocallyScopedNamePiece()
    {
        Consume('?');
        (ulong number, _) = ParseNumber();
        Consume('?');
        if (error)
        {
            return null;
        }

        SymbolNode? scope = Parse();
        if (error)
        {
            return null;
        }

        var output = new MicrosoftOutput();
        output.Append('`');
        scope!.Output(output, OutputFlags.Default);
        output.Append("'::`").Append(number).Append('\'');
        if (output.Overflowed)
        {
            return Fail<NamedIdentifierNode>();
        }

        return new NamedIdentifierNode(output.ToString());
    }

    /// <summary>
    /// <c>?</c> followed by an operator code: <c>?0</c>/<c>?1</c> structors, <c>?B</c> conversion,
    /// <c>?__K</c> literal operator, the rest from <see cref="MicrosoftOperatorNames"/>.
    /// </summary>
    private IdentifierNode? ParseFunctionIdentifierCode()
    {
        Consume('?');
        int group = Consume("__") ? 2 : Consume('_') ? 1 : 0;
        if (AtEnd)
        {
            return Fail<IdentifierNode>();
        }

        char code = Take();
        if (group == 0 && code is '0' or '1')
        {
            return new StructorIdentifierNode(isDestructor: code == '1');
        }

        if (group == 0 && code == 'B')
        {
            return new ConversionOperatorIdentifierNode();
        }

        if (group == 2 && code == 'K')
        {
            string? name = ParseSimpleString(memorize: false);
            return name is null ? null : new LiteralOperatorIdentifierNode(name);
        }

        string? textOfOperator = MicrosoftOperatorNames.Lookup(group, code);
        return textOfOperator is null ? Fail<IdentifierNode>() : new IntrinsicFunctionIdentifierNode(textOfOperator);
    }
}

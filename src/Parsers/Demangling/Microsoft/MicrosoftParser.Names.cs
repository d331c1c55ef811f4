namespace AbiPortal.Parsers.Demangling.Microsoft;

internal sealed partial class MicrosoftParser
{
    /// <summary>
    /// The name of a declared symbol: its unqualified name (which may be an operator, a
    /// structor or a template), then the enclosing scopes up to <c>@</c>.
    /// </summary>
    private QualifiedNameNode? ParseFullyQualifiedSymbolName()
    {
        IdentifierNode? identifier = ParseUnqualifiedSymbolName(memorizeSimple: true, memorizeTemplate: false);
        if (error)
        {
            return null;
        }

        QualifiedNameNode? name = ParseNameScopeChain(identifier!);
        if (error)
        {
            return null;
        }

        if (identifier is StructorIdentifierNode structor)
        {
            // A constructor prints as the name of its class, the component before it.
            if (name!.Components.Nodes.Count < 2)
            {
                return Fail<QualifiedNameNode>();
            }

            structor.Class = (IdentifierNode)name.Components.Nodes[^2];
        }

        return name;
    }

    /// <summary>The name of a type: a back reference, a template instantiation or a simple name, then its scopes.</summary>
    private QualifiedNameNode? ParseFullyQualifiedTypeName()
    {
        IdentifierNode? identifier = ParseUnqualifiedTypeName(memorize: true);
        if (error)
        {
            return null;
        }

        QualifiedNameNode? name = ParseNameScopeChain(identifier!);
        return error ? null : name;
    }

    private IdentifierNode? ParseUnqualifiedTypeName(bool memorize)
    {
        if (StartsWithDigit)
        {
            return ParseBackRefName();
        }

        if (StartsWith("?$"))
        {
            return ParseTemplateInstantiationName(memorizeTemplate: true);
        }

        return ParseSimpleName(memorize);
    }

    private IdentifierNode? ParseUnqualifiedSymbolName(bool memorizeSimple, bool memorizeTemplate)
    {
        if (StartsWithDigit)
        {
            return ParseBackRefName();
        }

        if (StartsWith("?$"))
        {
            return ParseTemplateInstantiationName(memorizeTemplate);
        }

        if (StartsWith('?'))
        {
            return ParseFunctionIdentifierCode();
        }

        return ParseSimpleName(memorizeSimple);
    }

    /// <summary>Enclosing scopes, innermost first in the mangling, up to the terminating <c>@</c>.</summary>
    private QualifiedNameNode? ParseNameScopeChain(IdentifierNode unqualified)
    {
        var components = new List<Node> { unqualified };
        while (!Consume('@'))
        {
            if (AtEnd)
            {
                return Fail<QualifiedNameNode>();
            }

            IdentifierNode? piece = ParseNameScopePiece();
            if (error)
            {
                return null;
            }

            components.Add(piece!);
        }

        components.Reverse();
        return new QualifiedNameNode(new NodeArray(components));
    }

    private IdentifierNode? ParseNameScopePiece()
    {
        if (StartsWithDigit)
        {
            return ParseBackRefName();
        }

        if (StartsWith("?$"))
        {
            return ParseTemplateInstantiationName(memorizeTemplate: true);
        }

        if (StartsWith("?A"))
        {
            return ParseAnonymousNamespaceName();
        }

        if (StartsWithLocalScopePattern())
        {
            return ParseLocallyScopedNamePiece();
        }

        return ParseSimpleName(memorize: true);
    }

    private IdentifierNode? ParseBackRefName()
    {
        int index = text[pos] - '0';
        if (index >= backrefs.Names.Count)
        {
            return Fail<IdentifierNode>();
        }

        pos++;
        return backrefs.Names[index];
    }

    /// <summary>
    /// <c>?$</c> name arguments <c>@</c>. The arguments have their own back-reference tables; the
    /// whole instantiation, printed, becomes one name back reference of the outer context.
    /// </summary>
    private IdentifierNode? ParseTemplateInstantiationName(bool memorizeTemplate)
    {
        // Template arguments can nest templates without passing through ParseType ($$Y aliases).
        if (!Enter())
        {
            return null;
        }

        try
        {
            return ParseTemplateInstantiationNameCore(memorizeTemplate);
        }
        finally
        {
            depth--;
        }
    }

    private IdentifierNode? ParseTemplateInstantiationNameCore(bool memorizeTemplate)
    {
        Consume("?$");
        BackReferences outer = backrefs;
        backrefs = new BackReferences();
        IdentifierNode? identifier = ParseUnqualifiedSymbolName(memorizeSimple: true, memorizeTemplate: false);
        if (!error)
        {
            identifier!.TemplateParams = ParseTemplateParameterList();
        }

        backrefs = outer;
        if (error)
        {
            return null;
        }

        if (memorizeTemplate)
        {
            // Types and enclosing scopes cannot be structors or conversion operators.
            if (identifier is ConversionOperatorIdentifierNode or StructorIdentifierNode)
            {
                return Fail<IdentifierNode>();
            }

            MemorizeIdentifier(identifier!);
        }

        return identifier;
    }

    private void MemorizeIdentifier(IdentifierNode identifier)
    {
        var output = new MicrosoftOutput();
        identifier.Output(output, OutputFlags.Default);
        if (output.Overflowed)
        {
            error = true;
            return;
        }

        backrefs.Memorize(output.ToString());
    }

    /// <summary>A name up to its <c>@</c>; an empty name is invalid.</summary>
    private string? ParseSimpleString(bool memorize)
    {
        int end = text.IndexOf('@', pos);
        if (end <= pos)
        {
            return Fail<string>();
        }

        string name = text[pos..end];
        pos = end + 1;
        if (memorize)
        {
            backrefs.Memorize(name);
        }

        return name;
    }

    private NamedIdentifierNode? ParseSimpleName(bool memorize)
    {
        string? name = ParseSimpleString(memorize);
        return name is null ? null : new NamedIdentifierNode(name);
    }

    /// <summary><c>?A</c> key <c>@</c>: an anonymous namespace; the key is memorized, the name is fixed.</summary>
    private NamedIdentifierNode? ParseAnonymousNamespaceName()
    {
        Consume("?A");
        int end = text.IndexOf('@', pos);
        if (end < 0)
        {
            return Fail<NamedIdentifierNode>();
        }

        backrefs.Memorize(text[pos..end]);
        pos = end + 1;
        return new NamedIdentifierNode("`anonymous namespace'");
    }

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

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
}

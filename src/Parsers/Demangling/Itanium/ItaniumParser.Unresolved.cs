namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Unresolved names and the rarer expressions (Itanium C++ ABI 5.1.6).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary>
    /// <c>&lt;unresolved-name&gt; ::= [gs] &lt;base-unresolved-name&gt; | sr &lt;unresolved-type&gt; [&lt;template-args&gt;] &lt;base-unresolved-name&gt;
    /// | srN &lt;unresolved-type&gt; [&lt;template-args&gt;] &lt;simple-id&gt;* E &lt;base-unresolved-name&gt; | [gs] sr &lt;simple-id&gt;+ E &lt;base-unresolved-name&gt;</c>.
    /// </summary>
    private ItaniumNode? ParseUnresolvedName(bool global)
    {
        ItaniumNode? soFar;
        if (ConsumeIf("srN"))
        {
            soFar = ParseUnresolvedTypeWithArgs();
            if (soFar is null)
            {
                return null;
            }

            while (!ConsumeIf('E'))
            {
                var qualifier = ParseSimpleId();
                if (qualifier is null)
                {
                    return null;
                }

                soFar = Make(ItaniumNodeKind.QualifiedName, soFar, qualifier);
            }

            var baseName = ParseBaseUnresolvedName();
            return baseName is null ? null : Make(ItaniumNodeKind.QualifiedName, soFar, baseName);
        }

        if (!ConsumeIf("sr"))
        {
            soFar = ParseBaseUnresolvedName();
            if (soFar is null)
            {
                return null;
            }

            return global ? Make(ItaniumNodeKind.GlobalQualifiedName, soFar) : soFar;
        }

        if (IsDigit(Look()))
        {
            soFar = null;
            do
            {
                var qualifier = ParseSimpleId();
                if (qualifier is null)
                {
                    return null;
                }

                soFar = soFar is not null ? Make(ItaniumNodeKind.QualifiedName, soFar, qualifier)
                    : global ? Make(ItaniumNodeKind.GlobalQualifiedName, qualifier)
                    : qualifier;
            }
            while (!ConsumeIf('E'));
        }
        else
        {
            soFar = ParseUnresolvedTypeWithArgs();
            if (soFar is null)
            {
                return null;
            }
        }

        var last = ParseBaseUnresolvedName();
        return last is null ? null : Make(ItaniumNodeKind.QualifiedName, soFar, last);
    }

    /// <summary><c>&lt;unresolved-type&gt; [&lt;template-args&gt;]</c>: the qualifier that opens <c>sr</c> and <c>srN</c> names.</summary>
    private ItaniumNode? ParseUnresolvedTypeWithArgs()
    {
        var type = ParseUnresolvedType();
        if (type is null || Look() != 'I')
        {
            return type;
        }

        var args = ParseTemplateArgs();
        return args is null ? null : Make(ItaniumNodeKind.NameWithTemplateArgs, type, args);
    }

    /// <summary><c>&lt;unresolved-type&gt; ::= &lt;template-param&gt; | &lt;decltype&gt; | &lt;substitution&gt;</c>.</summary>
    private ItaniumNode? ParseUnresolvedType()
    {
        if (Look() == 'T')
        {
            var param = ParseTemplateParam();
            if (param is not null)
            {
                _ctx.Subs.Add(param);
            }

            return param;
        }

        if (Look() == 'D')
        {
            var decltype = ParseDecltype();
            if (decltype is not null)
            {
                _ctx.Subs.Add(decltype);
            }

            return decltype;
        }

        return ParseSubstitution();
    }

    /// <summary><c>&lt;simple-id&gt; ::= &lt;source-name&gt; [&lt;template-args&gt;]</c>.</summary>
    private ItaniumNode? ParseSimpleId()
    {
        var name = ParseSourceName();
        if (name is null)
        {
            return null;
        }

        if (Look() == 'I')
        {
            var args = ParseTemplateArgs();
            return args is null ? null : Make(ItaniumNodeKind.NameWithTemplateArgs, name, args);
        }

        return name;
    }

    /// <summary>
    /// <c>&lt;base-unresolved-name&gt; ::= &lt;simple-id&gt; | [on] &lt;operator-name&gt; [&lt;template-args&gt;] | dn &lt;destructor-name&gt;</c>.
    /// </summary>
    private ItaniumNode? ParseBaseUnresolvedName()
    {
        if (IsDigit(Look()))
        {
            return ParseSimpleId();
        }

        if (ConsumeIf("dn"))
        {
            var target = IsDigit(Look()) ? ParseSimpleId() : ParseUnresolvedType();
            return target is null ? null : Make(ItaniumNodeKind.DtorName, target);
        }

        ConsumeIf("on");
        var op = ParseOperatorName(null);
        if (op is null)
        {
            return null;
        }

        if (Look() == 'I')
        {
            var args = ParseTemplateArgs();
            return args is null ? null : Make(ItaniumNodeKind.NameWithTemplateArgs, op, args);
        }

        return op;
    }
}

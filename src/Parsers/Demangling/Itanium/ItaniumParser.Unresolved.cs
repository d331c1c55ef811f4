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
            soFar = ParseUnresolvedType();
            if (soFar is null)
            {
                return null;
            }

            if (Look() == 'I')
            {
                var args = ParseTemplateArgs();
                if (args is null)
                {
                    return null;
                }

                soFar = Make(ItaniumNodeKind.NameWithTemplateArgs, soFar, args);
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
            soFar = ParseUnresolvedType();
            if (soFar is null)
            {
                return null;
            }

            if (Look() == 'I')
            {
                var args = ParseTemplateArgs();
                if (args is null)
                {
                    return null;
                }

                soFar = Make(ItaniumNodeKind.NameWithTemplateArgs, soFar, args);
            }
        }

        var last = ParseBaseUnresolvedName();
        return last is null ? null : Make(ItaniumNodeKind.QualifiedName, soFar, last);
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

    /// <summary><c>u &lt;source-name&gt; &lt;template-arg&gt;* E</c>: a vendor extended expression (with MSVC's legacy <c>__uuidof</c>).</summary>
    private ItaniumNode? ParseVendorExpr()
    {
        var name = ParseSourceName();
        if (name is null)
        {
            return null;
        }

        int begin = _ctx.Names.Count;
        // __uuidof's operand uses 't' (type) and 'z' (expression) where a <template-arg> is expected.
        if (TextOf(name).SequenceEqual("__uuidof") && Look() is 't' or 'z')
        {
            bool isType = Look() == 't';
            _pos++;
            var operand = isType ? ParseType() : ParseExpr();
            if (operand is null)
            {
                return null;
            }

            _ctx.Names.Add(operand);
        }
        else
        {
            while (!ConsumeIf('E'))
            {
                var arg = ParseTemplateArg();
                if (arg is null)
                {
                    return null;
                }

                _ctx.Names.Add(arg);
            }
        }

        var call = MakeExpr(ItaniumNodeKind.CallExpr, ItaniumPrecedence.Postfix, name);
        call.List = _ctx.PopTrailing(begin);
        return call;
    }

    /// <summary><c>mc &lt;type&gt; &lt;expression&gt; [&lt;offset&gt;] E</c>: a pointer-to-member conversion.</summary>
    private ItaniumNode? ParsePointerToMemberConversionExpr()
    {
        var type = ParseType();
        if (type is null)
        {
            return null;
        }

        var expr = ParseExpr();
        if (expr is null)
        {
            return null;
        }

        ParseNumber(true);
        return ConsumeIf('E') ? MakeExpr(ItaniumNodeKind.PointerToMemberConversionExpr, ItaniumPrecedence.Unary, type, expr) : null;
    }

    /// <summary><c>so &lt;type&gt; &lt;expression&gt; [&lt;offset&gt;] &lt;union-selector&gt;* [p] E</c>: a subobject address.</summary>
    private ItaniumNode? ParseSubobjectExpr()
    {
        var type = ParseType();
        if (type is null)
        {
            return null;
        }

        var expr = ParseExpr();
        if (expr is null)
        {
            return null;
        }

        var offset = ParseNumber(true);
        while (ConsumeIf('_'))
        {
            ParseNumber(false);
        }

        ConsumeIf('p');
        if (!ConsumeIf('E'))
        {
            return null;
        }

        var node = MakeSlice(ItaniumNodeKind.SubobjectExpr, offset.Start.Value, offset.End.Value - offset.Start.Value, type);
        node.B = expr;
        return node;
    }

    /// <summary><c>rq &lt;requirement&gt;+ E | rQ &lt;parameter types&gt; _ &lt;requirement&gt;+ E</c>.</summary>
    private ItaniumNode? ParseRequiresExpr()
    {
        bool hasParams = Look(1) == 'Q';
        _pos += 2;
        NodeList parameters = default;
        if (hasParams)
        {
            int paramsBegin = _ctx.Names.Count;
            while (!ConsumeIf('_'))
            {
                var type = ParseType();
                if (type is null)
                {
                    return null;
                }

                _ctx.Names.Add(type);
            }

            parameters = _ctx.PopTrailing(paramsBegin);
        }

        int begin = _ctx.Names.Count;
        do
        {
            ItaniumNode? requirement = null;
            if (ConsumeIf('X'))
            {
                var expr = ParseExpr();
                if (expr is null)
                {
                    return null;
                }

                bool isNoexcept = ConsumeIf('N');
                ItaniumNode? typeConstraint = null;
                if (ConsumeIf('R'))
                {
                    typeConstraint = ParseName(null);
                    if (typeConstraint is null)
                    {
                        return null;
                    }
                }

                requirement = Make(ItaniumNodeKind.ExprRequirement, expr, typeConstraint);
                requirement.Flags = isNoexcept ? 1 : 0;
            }
            else if (ConsumeIf('T'))
            {
                var type = ParseType();
                if (type is null)
                {
                    return null;
                }

                requirement = Make(ItaniumNodeKind.TypeRequirement, type);
            }
            else if (ConsumeIf('Q'))
            {
                var nested = ParseExpr();
                if (nested is null)
                {
                    return null;
                }

                requirement = Make(ItaniumNodeKind.NestedRequirement, nested);
            }

            if (requirement is null)
            {
                return null;
            }

            _ctx.Names.Add(requirement);
        }
        while (!ConsumeIf('E'));

        var node = Make(ItaniumNodeKind.RequiresExpr);
        node.List = parameters;
        node.List2 = _ctx.PopTrailing(begin);
        return node;
    }
}

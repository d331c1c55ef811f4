namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Vendor, subobject, member-pointer-conversion and requires expressions (Itanium C++ ABI 5.1.6).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary><c>u &lt;source-name&gt; &lt;template-arg&gt;* E</c>: a vendor extended expression (with MSVC's legacy <c>__uuidof</c>).</summary>
    private ItaniumNode? ParseVendorExpr()
    {
        var name = ParseSourceName();
        if (name is null)
        {
            return null;
        }

        NodeList args;
        // __uuidof's operand uses 't' (type) and 'z' (expression) where a <template-arg> is expected.
        if (TextOf(name).SequenceEqual("__uuidof") && Look() is 't' or 'z')
        {
            bool isType = Look() == 't';
            _pos++;
            int begin = _ctx.Names.Count;
            var operand = isType ? ParseType() : ParseExpr();
            if (operand is null)
            {
                return null;
            }

            _ctx.Names.Add(operand);
            args = _ctx.PopTrailing(begin);
        }
        else if (!TryParseTemplateArgList(out args))
        {
            return null;
        }

        var call = MakeExpr(ItaniumNodeKind.CallExpr, ItaniumPrecedence.Postfix, name);
        call.List = args;
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

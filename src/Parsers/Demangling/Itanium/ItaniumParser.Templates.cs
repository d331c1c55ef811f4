namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Template arguments and parameters, lambdas and unnamed types (Itanium C++ ABI 5.1.5.8, 5.1.8, 5.1.9).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary>
    /// <c>&lt;template-args&gt; ::= I &lt;template-arg&gt;* [Q &lt;requires-clause expr&gt;] E</c>. When the
    /// arguments belong to the encoding's name (<paramref name="tagTemplates"/>) they become what
    /// <c>T_</c> refers to in the rest of the encoding.
    /// </summary>
    private ItaniumNode? ParseTemplateArgs(bool tagTemplates = false)
    {
        if (!ConsumeIf('I'))
        {
            return null;
        }

        if (tagTemplates)
        {
            // <template-param>s refer to the innermost <template-args>.
            _ctx.TemplateParams.Clear();
            _ctx.TemplateParams.Add(_ctx.OuterTemplateParams);
            _ctx.OuterTemplateParams.Clear();
        }

        var outer = _ctx.OuterTemplateParams;
        int begin = _ctx.Names.Count;
        ItaniumNode? requires = null;
        while (!ConsumeIf('E'))
        {
            var arg = ParseTemplateArg();
            if (arg is null)
            {
                return null;
            }

            _ctx.Names.Add(arg);
            if (tagTemplates)
            {
                var entry = arg.Kind == ItaniumNodeKind.TemplateParamQualifiedArg ? arg.B! : arg;
                if (entry.Kind == ItaniumNodeKind.TemplateArgumentPack)
                {
                    var pack = Make(ItaniumNodeKind.ParameterPack);
                    pack.List = entry.List;
                    SetPackCaches(pack);
                    entry = pack;
                }

                outer.Add(entry);
            }

            if (ConsumeIf('Q'))
            {
                requires = ParseConstraintExpr();
                if (requires is null || !ConsumeIf('E'))
                {
                    return null;
                }

                break;
            }
        }

        var args = Make(ItaniumNodeKind.TemplateArgs, requires);
        args.List = _ctx.PopTrailing(begin);
        return args;
    }

    /// <summary>A parameter pack prints like its current element; its caches are known when all elements agree.</summary>
    private readonly void SetPackCaches(ItaniumNode pack)
    {
        byte rhs = ItaniumNode.No, array = ItaniumNode.No, function = ItaniumNode.No;
        for (int i = 0; i < pack.List.Count; i++)
        {
            var element = _ctx.At(pack.List, i);
            if (element.RhsCache != ItaniumNode.No)
            {
                rhs = ItaniumNode.Unknown;
            }

            if (element.ArrayCache != ItaniumNode.No)
            {
                array = ItaniumNode.Unknown;
            }

            if (element.FunctionCache != ItaniumNode.No)
            {
                function = ItaniumNode.Unknown;
            }
        }

        pack.RhsCache = rhs;
        pack.ArrayCache = array;
        pack.FunctionCache = function;
    }

    /// <summary><c>&lt;template-arg&gt; ::= &lt;type&gt; | X &lt;expression&gt; E | &lt;expr-primary&gt; | J &lt;template-arg&gt;* E | LZ &lt;encoding&gt; E | &lt;template-param-decl&gt; &lt;template-arg&gt;</c>.</summary>
    private ItaniumNode? ParseTemplateArg()
    {
        if (!Enter())
        {
            return null;
        }

        var result = ParseTemplateArgCore();
        _depth--;
        return result;
    }

    private ItaniumNode? ParseTemplateArgCore()
    {
        switch (Look())
        {
            case 'X':
            {
                _pos++;
                var expr = ParseExpr();
                return expr is not null && ConsumeIf('E') ? expr : null;
            }

            case 'J':
            {
                _pos++;
                if (!TryParseTemplateArgList(out var args))
                {
                    return null;
                }

                var pack = Make(ItaniumNodeKind.TemplateArgumentPack);
                pack.List = args;
                return pack;
            }

            case 'L':
                if (Look(1) == 'Z')
                {
                    _pos += 2;
                    var encoding = ParseEncoding();
                    return encoding is not null && ConsumeIf('E') ? encoding : null;
                }

                return ParseExprPrimary();
            case 'T':
            {
                if (!IsTemplateParamDecl())
                {
                    return ParseType();
                }

                var param = ParseTemplateParamDecl(null);
                if (param is null)
                {
                    return null;
                }

                var arg = ParseTemplateArg();
                return arg is null ? null : Make(ItaniumNodeKind.TemplateParamQualifiedArg, param, arg);
            }

            default:
                return ParseType();
        }
    }

    /// <summary><c>&lt;template-param&gt; ::= T_ | T &lt;n&gt; _ | TL &lt;level&gt; __ | TL &lt;level&gt; _ &lt;n&gt; _</c>.</summary>
    private ItaniumNode? ParseTemplateParam()
    {
        int start = _pos;
        int level = 0;
        if (ConsumeIf("TL"))
        {
            if (!ParsePositiveInteger(out level))
            {
                return null;
            }

            level++;
            if (!ConsumeIf('_'))
            {
                return null;
            }
        }
        else if (!ConsumeIf('T'))
        {
            return null;
        }

        int index = 0;
        if (!ConsumeIf('_'))
        {
            if (!ParsePositiveInteger(out index))
            {
                return null;
            }

            index++;
            if (!ConsumeIf('_'))
            {
                return null;
            }
        }

        // Constraints are shown as written: template parameters there print as "T", "T0", "TL0_".
        if (_symbolicTemplateParams)
        {
            return MakeName(start..(_pos - 1));
        }

        // In a conversion operator's type, T_ may name an argument that comes later in the name.
        if (_permitForwardTemplateReferences && level == 0)
        {
            var forward = Make(ItaniumNodeKind.ForwardTemplateReference);
            forward.Number = index;
            forward.RhsCache = forward.ArrayCache = forward.FunctionCache = ItaniumNode.Unknown;
            _ctx.ForwardTemplateRefs.Add(forward);
            return forward;
        }

        var levels = _ctx.TemplateParams;
        if (level >= levels.Count || levels[level] is not { } list || index >= list.Count)
        {
            // 5.1.8: in a generic lambda, 'auto' parameters are the invented template parameters.
            if (_parsingLambdaParamsAtLevel == level && level <= levels.Count)
            {
                if (level == levels.Count)
                {
                    levels.Add(null);
                }

                return MakeName("auto");
            }

            return null;
        }

        return list[index];
    }

    private readonly bool IsTemplateParamDecl() => Look() == 'T' && Look(1) is 'y' or 'p' or 't' or 'n' or 'k';
}

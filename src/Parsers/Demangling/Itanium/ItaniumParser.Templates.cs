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
                int begin = _ctx.Names.Count;
                while (!ConsumeIf('E'))
                {
                    var arg = ParseTemplateArg();
                    if (arg is null)
                    {
                        return null;
                    }

                    _ctx.Names.Add(arg);
                }

                var pack = Make(ItaniumNodeKind.TemplateArgumentPack);
                pack.List = _ctx.PopTrailing(begin);
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

    /// <summary><c>&lt;template-param-decl&gt; ::= Ty | Tk &lt;name&gt; [args] | Tn &lt;type&gt; | Tt &lt;decl&gt;* [Q expr] E | Tp &lt;decl&gt;</c>.</summary>
    private ItaniumNode? ParseTemplateParamDecl(NodeStack? parameters)
    {
        if (ConsumeIf("Ty"))
        {
            return Make(ItaniumNodeKind.TypeTemplateParamDecl, InventTemplateParamName(0, parameters)).WithRhs();
        }

        if (ConsumeIf("Tk"))
        {
            bool saved = _symbolicTemplateParams;
            _symbolicTemplateParams = true;
            var constraint = ParseName(null);
            _symbolicTemplateParams = saved;
            if (constraint is null)
            {
                return null;
            }

            return Make(ItaniumNodeKind.ConstrainedTypeTemplateParamDecl, constraint, InventTemplateParamName(0, parameters)).WithRhs();
        }

        if (ConsumeIf("Tn"))
        {
            var name = InventTemplateParamName(1, parameters);
            var type = ParseType();
            return type is null ? null : Make(ItaniumNodeKind.NonTypeTemplateParamDecl, name, type).WithRhs();
        }

        if (ConsumeIf("Tt"))
        {
            var name = InventTemplateParamName(2, parameters);
            int begin = _ctx.Names.Count;
            int oldLevels = _ctx.TemplateParams.Count;
            var inner = _ctx.RentStack();
            _ctx.TemplateParams.Add(inner);
            ItaniumNode? requires = null;
            bool ok = true;
            while (!ConsumeIf('E'))
            {
                var param = ParseTemplateParamDecl(inner);
                if (param is null)
                {
                    ok = false;
                    break;
                }

                _ctx.Names.Add(param);
                if (ConsumeIf('Q'))
                {
                    requires = ParseConstraintExpr();
                    ok = requires is not null && ConsumeIf('E');
                    break;
                }
            }

            ShrinkTemplateParams(oldLevels);
            _ctx.ReturnStack(inner);
            if (!ok)
            {
                return null;
            }

            var decl = Make(ItaniumNodeKind.TemplateTemplateParamDecl, name, requires).WithRhs();
            decl.List = _ctx.PopTrailing(begin);
            return decl;
        }

        if (ConsumeIf("Tp"))
        {
            var param = ParseTemplateParamDecl(parameters);
            if (param is null)
            {
                return null;
            }

            var pack = Make(ItaniumNodeKind.TemplateParamPackDecl, param);
            pack.RhsCache = param.RhsCache;
            return pack;
        }

        return null;
    }

    private readonly void ShrinkTemplateParams(int count)
    {
        var levels = _ctx.TemplateParams;
        if (levels.Count > count)
        {
            levels.RemoveRange(count, levels.Count - count);
        }
    }

    private ItaniumNode InventTemplateParamName(int kind, NodeStack? parameters)
    {
        var name = Make(ItaniumNodeKind.SyntheticTemplateParamName);
        name.Flags = kind;
        name.Number = _ctx.SyntheticCounts[kind]++;
        parameters?.Add(name);
        return name;
    }

    /// <summary>
    /// <c>&lt;unnamed-type-name&gt; ::= Ut [n] _ | Ul &lt;lambda-sig&gt; E [n] _ | Ub [n] _</c>; a lambda's
    /// template parameters and <c>auto</c> parameters form a new template parameter scope.
    /// </summary>
    private ItaniumNode? ParseUnnamedTypeName(ItaniumNameState? state)
    {
        if (state is not null)
        {
            _ctx.TemplateParams.Clear();
        }

        if (ConsumeIf("Ut"))
        {
            var count = ParseNumber(false);
            return ConsumeIf('_') ? MakeSlice(ItaniumNodeKind.UnnamedTypeName, count.Start.Value, count.End.Value - count.Start.Value) : null;
        }

        if (ConsumeIf("Ul"))
        {
            int savedLambdaLevel = _parsingLambdaParamsAtLevel;
            int oldLevels = _ctx.TemplateParams.Count;
            _parsingLambdaParamsAtLevel = oldLevels;
            var lambdaParams = _ctx.RentStack();
            _ctx.TemplateParams.Add(lambdaParams);
            var closure = ParseClosure(lambdaParams);
            ShrinkTemplateParams(oldLevels);
            _ctx.ReturnStack(lambdaParams);
            _parsingLambdaParamsAtLevel = savedLambdaLevel;
            return closure;
        }

        if (ConsumeIf("Ub"))
        {
            ParseNumber(false);
            return ConsumeIf('_') ? MakeName("'block-literal'") : null;
        }

        return null;
    }

    private ItaniumNode? ParseClosure(NodeStack lambdaParams)
    {
        int begin = _ctx.Names.Count;
        while (IsTemplateParamDecl())
        {
            var decl = ParseTemplateParamDecl(lambdaParams);
            if (decl is null)
            {
                return null;
            }

            _ctx.Names.Add(decl);
        }

        var templateParams = _ctx.PopTrailing(begin);
        if (templateParams.IsEmpty)
        {
            _ctx.TemplateParams.RemoveAt(_ctx.TemplateParams.Count - 1);
        }

        ItaniumNode? requires1 = null;
        if (ConsumeIf('Q'))
        {
            requires1 = ParseConstraintExpr();
            if (requires1 is null)
            {
                return null;
            }
        }

        if (!ConsumeIf('v'))
        {
            do
            {
                var param = ParseType();
                if (param is null)
                {
                    return null;
                }

                _ctx.Names.Add(param);
            }
            while (Look() != 'E' && Look() != 'Q' && NumLeft > 0);
        }

        var parameters = _ctx.PopTrailing(begin);
        ItaniumNode? requires2 = null;
        if (ConsumeIf('Q'))
        {
            requires2 = ParseConstraintExpr();
            if (requires2 is null)
            {
                return null;
            }
        }

        if (!ConsumeIf('E'))
        {
            return null;
        }

        var count = ParseNumber(false);
        if (!ConsumeIf('_'))
        {
            return null;
        }

        var closure = MakeSlice(ItaniumNodeKind.ClosureTypeName, count.Start.Value, count.End.Value - count.Start.Value);
        closure.A = requires1;
        closure.B = requires2;
        closure.List = templateParams;
        closure.List2 = parameters;
        return closure;
    }
}

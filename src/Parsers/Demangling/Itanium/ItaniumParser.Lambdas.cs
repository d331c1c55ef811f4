namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Unnamed types and closures (Itanium C++ ABI 5.1.8).</summary>
internal ref partial struct ItaniumParser
{
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
            _ctx.TemplateParams.Truncate(_ctx.TemplateParams.Count - 1);
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

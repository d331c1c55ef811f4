namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;template-param-decl&gt;</c> (Itanium C++ ABI 5.1.8).</summary>
internal ref partial struct ItaniumParser
{
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
        _ctx.TemplateParams.Truncate(count);
    }

    private ItaniumNode InventTemplateParamName(int kind, NodeStack? parameters)
    {
        var name = Make(ItaniumNodeKind.SyntheticTemplateParamName);
        name.Flags = kind;
        name.Number = _ctx.SyntheticCounts[kind]++;
        parameters?.Add(name);
        return name;
    }
}

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>new-expressions, casts and initialiser lists (Itanium C++ ABI 5.1.6).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary><c>[gs] nw &lt;expression&gt;* _ &lt;type&gt; [pi &lt;expression&gt;*] E</c> (and <c>na</c>).</summary>
    private ItaniumNode? ParseNewExpr(ItaniumOperator op, bool global)
    {
        int begin = _ctx.Names.Count;
        while (!ConsumeIf('_'))
        {
            var expr = ParseExpr();
            if (expr is null)
            {
                return null;
            }

            _ctx.Names.Add(expr);
        }

        var placement = _ctx.PopTrailing(begin);
        var type = ParseType();
        if (type is null)
        {
            return null;
        }

        bool haveInits = ConsumeIf("pi");
        int initsBegin = _ctx.Names.Count;
        while (!ConsumeIf('E'))
        {
            if (!haveInits)
            {
                return null;
            }

            var init = ParseExpr();
            if (init is null)
            {
                return null;
            }

            _ctx.Names.Add(init);
        }

        var node = MakeExpr(ItaniumNodeKind.NewExpr, op.Precedence, type);
        node.List = placement;
        node.List2 = _ctx.PopTrailing(initsBegin);
        node.Flags = (global ? 1 : 0) | (op.Flag ? 2 : 0) | (haveInits ? 4 : 0);
        return node;
    }

    /// <summary><c>cv &lt;type&gt; &lt;expression&gt;</c> or <c>cv &lt;type&gt; _ &lt;expression&gt;* E</c>.</summary>
    private ItaniumNode? ParseConversionExpr(ItaniumPrecedence precedence)
    {
        bool savedTry = _tryToParseTemplateArgs;
        _tryToParseTemplateArgs = false;
        var type = ParseType();
        _tryToParseTemplateArgs = savedTry;
        if (type is null)
        {
            return null;
        }

        int begin = _ctx.Names.Count;
        bool isMany = ConsumeIf('_');
        while (!ConsumeIf('E'))
        {
            var expr = ParseExpr();
            if (expr is null)
            {
                return null;
            }

            _ctx.Names.Add(expr);
            if (!isMany)
            {
                break;
            }
        }

        var list = _ctx.PopTrailing(begin);
        if (!isMany && list.Count != 1)
        {
            return null;
        }

        var node = MakeExpr(ItaniumNodeKind.ConversionExpr, precedence, type);
        node.List = list;
        return node;
    }

    /// <summary>The elements of <c>il ... E</c> / <c>tl &lt;type&gt; ... E</c>.</summary>
    private ItaniumNode? ParseInitList(ItaniumNode? type)
    {
        int begin = _ctx.Names.Count;
        while (!ConsumeIf('E'))
        {
            var element = ParseBracedExpr();
            if (element is null)
            {
                return null;
            }

            _ctx.Names.Add(element);
        }

        var node = Make(ItaniumNodeKind.InitListExpr, type);
        node.List = _ctx.PopTrailing(begin);
        return node;
    }

    /// <summary><c>&lt;braced-expression&gt; ::= &lt;expression&gt; | di &lt;field&gt; &lt;braced&gt; | dx &lt;index&gt; &lt;braced&gt; | dX &lt;first&gt; &lt;last&gt; &lt;braced&gt;</c>.</summary>
    private ItaniumNode? ParseBracedExpr()
    {
        if (Look() == 'd')
        {
            switch (Look(1))
            {
                case 'i':
                {
                    _pos += 2;
                    var field = ParseSourceName();
                    if (field is null)
                    {
                        return null;
                    }

                    var init = ParseBracedExpr();
                    return init is null ? null : Make(ItaniumNodeKind.BracedExpr, field, init);
                }

                case 'x':
                {
                    _pos += 2;
                    var index = ParseExpr();
                    if (index is null)
                    {
                        return null;
                    }

                    var init = ParseBracedExpr();
                    if (init is null)
                    {
                        return null;
                    }

                    var node = Make(ItaniumNodeKind.BracedExpr, index, init);
                    node.Flags = 1;
                    return node;
                }

                case 'X':
                {
                    _pos += 2;
                    var first = ParseExpr();
                    if (first is null)
                    {
                        return null;
                    }

                    var last = ParseExpr();
                    if (last is null)
                    {
                        return null;
                    }

                    var init = ParseBracedExpr();
                    return init is null ? null : Make(ItaniumNodeKind.BracedRangeExpr, first, last, init);
                }
            }
        }

        return ParseExpr();
    }
}

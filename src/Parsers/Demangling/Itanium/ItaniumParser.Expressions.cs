namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;expression&gt;</c> (Itanium C++ ABI 5.1.6).</summary>
internal ref partial struct ItaniumParser
{
    private ItaniumNode? ParseExpr()
    {
        if (!Enter())
        {
            return null;
        }

        var result = ParseExprCore();
        _depth--;
        return result;
    }

    private ItaniumNode? ParseExprCore()
    {
        bool global = ConsumeIf("gs");
        if (ParseOperatorEncoding() is { } op)
        {
            return ParseOperatorExpr(op, global);
        }

        if (NumLeft < 2)
        {
            return null;
        }

        char c = Look();
        if (c == 'L')
        {
            return ParseExprPrimary();
        }

        if (c == 'T')
        {
            return ParseTemplateParam();
        }

        if (c == 'f')
        {
            // A <function-param> or a fold expression.
            if (Look(1) == 'p' || (Look(1) == 'L' && IsDigit(Look(2))))
            {
                return ParseFunctionParam();
            }

            return ParseFoldExpr();
        }

        if (ConsumeIf("il"))
        {
            return ParseInitList(null);
        }

        if (ConsumeIf("mc"))
        {
            return ParsePointerToMemberConversionExpr();
        }

        if (ConsumeIf("nx"))
        {
            var operand = ParseExpr();
            return operand is null ? null : MakeExprText(ItaniumNodeKind.EnclosingExpr, "noexcept ", ItaniumPrecedence.Unary, operand);
        }

        if (c == 'r' && Look(1) is 'q' or 'Q')
        {
            return ParseRequiresExpr();
        }

        if (ConsumeIf("so"))
        {
            return ParseSubobjectExpr();
        }

        if (ConsumeIf("sp"))
        {
            var child = ParseExpr();
            return child is null ? null : Make(ItaniumNodeKind.ParameterPackExpansion, child);
        }

        if (ConsumeIf("sZ"))
        {
            if (Look() == 'T')
            {
                var param = ParseTemplateParam();
                return param is null ? null : Make(ItaniumNodeKind.SizeofParamPackExpr, param);
            }

            var fp = ParseFunctionParam();
            return fp is null ? null : MakeText(ItaniumNodeKind.EnclosingExpr, "sizeof... ", fp);
        }

        if (ConsumeIf("sP"))
        {
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

            var pack = Make(ItaniumNodeKind.NodeArrayNode);
            pack.List = _ctx.PopTrailing(begin);
            return MakeText(ItaniumNodeKind.EnclosingExpr, "sizeof... ", pack);
        }

        if (ConsumeIf("tl"))
        {
            var type = ParseType();
            return type is null ? null : ParseInitList(type);
        }

        if (ConsumeIf("tr"))
        {
            return MakeName("throw");
        }

        if (ConsumeIf("tw"))
        {
            var operand = ParseExpr();
            return operand is null ? null : Make(ItaniumNodeKind.ThrowExpr, operand);
        }

        if (ConsumeIf('u'))
        {
            return ParseVendorExpr();
        }

        return ParseUnresolvedName(global);
    }

    private ItaniumNode MakeExprText(ItaniumNodeKind kind, string text, ItaniumPrecedence precedence, ItaniumNode? a = null, ItaniumNode? b = null)
    {
        var node = MakeExpr(kind, precedence, a, b);
        node.Text = text;
        return node;
    }

    private ItaniumNode? ParseOperatorExpr(ItaniumOperator op, bool global)
    {
        string symbol = op.Symbol;
        var precedence = op.Precedence;
        switch (op.Kind)
        {
            case ItaniumOperatorKind.Binary:
            {
                var lhs = ParseExpr();
                if (lhs is null)
                {
                    return null;
                }

                var rhs = ParseExpr();
                return rhs is null ? null : MakeExprText(ItaniumNodeKind.BinaryExpr, symbol, precedence, lhs, rhs);
            }

            case ItaniumOperatorKind.Prefix:
            {
                var operand = ParseExpr();
                return operand is null ? null : MakeExprText(ItaniumNodeKind.PrefixExpr, symbol, precedence, operand);
            }

            case ItaniumOperatorKind.Postfix:
            {
                // "pp_ <expr>" is the prefix form.
                if (ConsumeIf('_'))
                {
                    var prefixOperand = ParseExpr();
                    return prefixOperand is null ? null : MakeExprText(ItaniumNodeKind.PrefixExpr, symbol, precedence, prefixOperand);
                }

                var operand = ParseExpr();
                return operand is null ? null : MakeExprText(ItaniumNodeKind.PostfixExpr, symbol, precedence, operand);
            }

            case ItaniumOperatorKind.Array:
            {
                var array = ParseExpr();
                if (array is null)
                {
                    return null;
                }

                var index = ParseExpr();
                return index is null ? null : MakeExpr(ItaniumNodeKind.ArraySubscriptExpr, precedence, array, index);
            }

            case ItaniumOperatorKind.Member:
            {
                var lhs = ParseExpr();
                if (lhs is null)
                {
                    return null;
                }

                var rhs = ParseExpr();
                return rhs is null ? null : MakeExprText(ItaniumNodeKind.MemberExpr, symbol, precedence, lhs, rhs);
            }

            case ItaniumOperatorKind.New:
                return ParseNewExpr(op, global);
            case ItaniumOperatorKind.Delete:
            {
                var operand = ParseExpr();
                if (operand is null)
                {
                    return null;
                }

                var delete = MakeExpr(ItaniumNodeKind.DeleteExpr, precedence, operand);
                delete.Flags = (global ? 1 : 0) | (op.Flag ? 2 : 0);
                return delete;
            }

            case ItaniumOperatorKind.Call:
            {
                var callee = ParseExpr();
                if (callee is null)
                {
                    return null;
                }

                int begin = _ctx.Names.Count;
                while (!ConsumeIf('E'))
                {
                    var arg = ParseExpr();
                    if (arg is null)
                    {
                        return null;
                    }

                    _ctx.Names.Add(arg);
                }

                var call = MakeExpr(ItaniumNodeKind.CallExpr, precedence, callee);
                call.List = _ctx.PopTrailing(begin);
                call.Flags = op.Flag ? 1 : 0;
                return call;
            }

            case ItaniumOperatorKind.CCast:
                return ParseConversionExpr(precedence);
            case ItaniumOperatorKind.Conditional:
            {
                var condition = ParseExpr();
                if (condition is null)
                {
                    return null;
                }

                var then = ParseExpr();
                if (then is null)
                {
                    return null;
                }

                var otherwise = ParseExpr();
                return otherwise is null ? null : MakeExpr(ItaniumNodeKind.ConditionalExpr, precedence, condition, then, otherwise);
            }

            case ItaniumOperatorKind.NamedCast:
            {
                var type = ParseType();
                if (type is null)
                {
                    return null;
                }

                var operand = ParseExpr();
                return operand is null ? null : MakeExprText(ItaniumNodeKind.CastExpr, symbol, precedence, type, operand);
            }

            case ItaniumOperatorKind.OfIdOp:
            {
                var operand = op.Flag ? ParseType() : ParseExpr();
                return operand is null ? null : MakeExprText(ItaniumNodeKind.EnclosingExpr, symbol, precedence, operand);
            }

            default:
                return null;
        }
    }

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

    /// <summary><c>&lt;function-param&gt; ::= fpT | fp &lt;CV&gt; [n] _ | fL &lt;level&gt; p &lt;CV&gt; [n] _</c>.</summary>
    private ItaniumNode? ParseFunctionParam()
    {
        if (ConsumeIf("fpT"))
        {
            return MakeName("this");
        }

        if (ConsumeIf("fp"))
        {
            ParseCvQualifiers();
            var number = ParseNumber(false);
            return ConsumeIf('_') ? MakeSlice(ItaniumNodeKind.FunctionParam, number.Start.Value, number.End.Value - number.Start.Value) : null;
        }

        if (ConsumeIf("fL"))
        {
            var level = ParseNumber(false);
            if (level.Start.Value == level.End.Value || !ConsumeIf('p'))
            {
                return null;
            }

            ParseCvQualifiers();
            var number = ParseNumber(false);
            return ConsumeIf('_') ? MakeSlice(ItaniumNodeKind.FunctionParam, number.Start.Value, number.End.Value - number.Start.Value) : null;
        }

        return null;
    }

    /// <summary><c>&lt;fold-expr&gt; ::= fL|fR &lt;op&gt; &lt;expr&gt; &lt;expr&gt; | fl|fr &lt;op&gt; &lt;expr&gt;</c>.</summary>
    private ItaniumNode? ParseFoldExpr()
    {
        if (!ConsumeIf('f'))
        {
            return null;
        }

        bool isLeftFold, hasInitializer;
        switch (Look())
        {
            case 'L': isLeftFold = true; hasInitializer = true; break;
            case 'R': isLeftFold = false; hasInitializer = true; break;
            case 'l': isLeftFold = true; hasInitializer = false; break;
            case 'r': isLeftFold = false; hasInitializer = false; break;
            default: return null;
        }

        _pos++;
        var op = ParseOperatorEncoding();
        if (op is null || !(op.Kind == ItaniumOperatorKind.Binary || (op.Kind == ItaniumOperatorKind.Member && op.Name.EndsWith('*'))))
        {
            return null;
        }

        var pack = ParseExpr();
        if (pack is null)
        {
            return null;
        }

        ItaniumNode? init = null;
        if (hasInitializer)
        {
            init = ParseExpr();
            if (init is null)
            {
                return null;
            }
        }

        if (isLeftFold && init is not null)
        {
            (pack, init) = (init, pack);
        }

        var fold = MakeText(ItaniumNodeKind.FoldExpr, op.Symbol, pack, init);
        fold.Flags = isLeftFold ? 1 : 0;
        return fold;
    }
}

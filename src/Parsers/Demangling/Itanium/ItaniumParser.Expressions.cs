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
            if (!TryParseTemplateArgList(out var args))
            {
                return null;
            }

            var pack = Make(ItaniumNodeKind.NodeArrayNode);
            pack.List = args;
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
}

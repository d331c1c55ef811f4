namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Function parameters and fold expressions (Itanium C++ ABI 5.1.6).</summary>
internal ref partial struct ItaniumParser
{
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

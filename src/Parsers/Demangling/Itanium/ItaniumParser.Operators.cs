namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;operator-name&gt;</c> in names (Itanium C++ ABI 5.1.5.3).</summary>
internal ref partial struct ItaniumParser
{
    private ItaniumOperator? ParseOperatorEncoding()
    {
        if (NumLeft < 2)
        {
            return null;
        }

        var op = ItaniumOperators.Find(Look(), Look(1));
        if (op is not null)
        {
            _pos += 2;
        }

        return op;
    }

    /// <summary>
    /// <c>&lt;operator-name&gt; ::= &lt;code&gt; | cv &lt;type&gt; | li &lt;source-name&gt; | v &lt;digit&gt; &lt;source-name&gt;</c>.
    /// A conversion operator's type may name template arguments that only follow later.
    /// </summary>
    private ItaniumNode? ParseOperatorName(ItaniumNameState? state)
    {
        if (ParseOperatorEncoding() is { } op)
        {
            if (op.Kind == ItaniumOperatorKind.CCast)
            {
                bool savedTry = _tryToParseTemplateArgs;
                bool savedPermit = _permitForwardTemplateReferences;
                _tryToParseTemplateArgs = false;
                _permitForwardTemplateReferences = savedPermit || state is not null;
                var type = ParseType();
                _tryToParseTemplateArgs = savedTry;
                _permitForwardTemplateReferences = savedPermit;
                if (type is null)
                {
                    return null;
                }

                if (state is not null)
                {
                    state.CtorDtorConversion = true;
                }

                return Make(ItaniumNodeKind.ConversionOperatorType, type);
            }

            if (op.Kind >= ItaniumOperatorKind.NamedCast || (op.Kind == ItaniumOperatorKind.Member && !op.Flag))
            {
                return null;
            }

            return MakeName(op.Name);
        }

        if (ConsumeIf("li"))
        {
            var name = ParseSourceName();
            return name is null ? null : Make(ItaniumNodeKind.LiteralOperator, name);
        }

        if (ConsumeIf('v'))
        {
            if (IsDigit(Look()))
            {
                _pos++;
                var name = ParseSourceName();
                return name is null ? null : Make(ItaniumNodeKind.ConversionOperatorType, name);
            }

            return null;
        }

        return null;
    }
}

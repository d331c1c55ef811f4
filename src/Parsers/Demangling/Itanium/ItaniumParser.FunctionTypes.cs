namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Qualified and function types (Itanium C++ ABI 5.1.5.1, 5.1.5.3).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary><c>&lt;qualified-type&gt; ::= &lt;qualifiers&gt; &lt;type&gt;</c>, including vendor qualifiers <c>U &lt;name&gt; [args]</c>.</summary>
    private ItaniumNode? ParseQualifiedType()
    {
        if (ConsumeIf('U'))
        {
            if (ParseBareSourceName() is not { } qual)
            {
                return null;
            }

            // U <objc-name> <objc-type>: an Objective-C protocol list, "objcproto" followed by a source name.
            var qualText = _s[qual];
            if (qualText.StartsWith("objcproto", StringComparison.Ordinal))
            {
                var protoParser = new ItaniumParser(_s.Slice(0, qual.End.Value), _ctx) { _pos = qual.Start.Value + "objcproto".Length };
                if (protoParser.ParseBareSourceName() is not { } proto)
                {
                    return null;
                }

                var protoChild = ParseQualifiedType();
                if (protoChild is null)
                {
                    return null;
                }

                return MakeSlice(ItaniumNodeKind.ObjCProtoName, proto.Start.Value, proto.End.Value - proto.Start.Value, protoChild);
            }

            ItaniumNode? args = null;
            if (Look() == 'I')
            {
                args = ParseTemplateArgs();
                if (args is null)
                {
                    return null;
                }
            }

            var child = ParseQualifiedType();
            if (child is null)
            {
                return null;
            }

            var vendor = MakeSlice(ItaniumNodeKind.VendorExtQualType, qual.Start.Value, qual.End.Value - qual.Start.Value, child);
            vendor.B = args;
            return vendor;
        }

        int quals = ParseCvQualifiers();
        var type = ParseType();
        if (type is null)
        {
            return null;
        }

        if (quals == 0)
        {
            return type;
        }

        var qualified = Make(ItaniumNodeKind.QualType, type);
        qualified.Flags = quals;
        qualified.RhsCache = type.RhsCache;
        qualified.ArrayCache = type.ArrayCache;
        qualified.FunctionCache = type.FunctionCache;
        return qualified;
    }

    /// <summary><c>&lt;function-type&gt; ::= [&lt;CV-qualifiers&gt;] [&lt;exception-spec&gt;] [Dx] F [Y] &lt;bare-function-type&gt; [&lt;ref-qualifier&gt;] E</c>.</summary>
    private ItaniumNode? ParseFunctionType()
    {
        int cv = ParseCvQualifiers();
        ItaniumNode? exceptionSpec = null;
        if (ConsumeIf("Do"))
        {
            exceptionSpec = MakeName("noexcept");
        }
        else if (ConsumeIf("DO"))
        {
            var expr = ParseExpr();
            if (expr is null || !ConsumeIf('E'))
            {
                return null;
            }

            exceptionSpec = Make(ItaniumNodeKind.NoexceptSpec, expr);
        }
        else if (ConsumeIf("Dw"))
        {
            int specsBegin = _ctx.Names.Count;
            while (!ConsumeIf('E'))
            {
                var t = ParseType();
                if (t is null)
                {
                    return null;
                }

                _ctx.Names.Add(t);
            }

            exceptionSpec = Make(ItaniumNodeKind.DynamicExceptionSpec);
            exceptionSpec.List = _ctx.PopTrailing(specsBegin);
        }

        ConsumeIf("Dx");
        if (!ConsumeIf('F'))
        {
            return null;
        }

        ConsumeIf('Y');
        var returnType = ParseType();
        if (returnType is null)
        {
            return null;
        }

        int refQualifier = 0;
        int begin = _ctx.Names.Count;
        while (true)
        {
            if (ConsumeIf('E'))
            {
                break;
            }

            if (ConsumeIf('v'))
            {
                continue;
            }

            if (ConsumeIf("RE"))
            {
                refQualifier = ItaniumQualifiers.RefLValue;
                break;
            }

            if (ConsumeIf("OE"))
            {
                refQualifier = ItaniumQualifiers.RefRValue;
                break;
            }

            var param = ParseType();
            if (param is null)
            {
                return null;
            }

            _ctx.Names.Add(param);
        }

        var function = Make(ItaniumNodeKind.FunctionType, returnType, exceptionSpec);
        function.List = _ctx.PopTrailing(begin);
        function.Flags = cv | (refQualifier << ItaniumQualifiers.RefShift);
        function.RhsCache = ItaniumNode.Yes;
        function.FunctionCache = ItaniumNode.Yes;
        return function;
    }
}

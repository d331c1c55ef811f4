namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;encoding&gt;</c> and <c>&lt;special-name&gt;</c> (Itanium C++ ABI 5.1.2, 5.1.4).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary>
    /// <c>&lt;encoding&gt; ::= &lt;name&gt; &lt;bare-function-type&gt; | &lt;name&gt; | &lt;special-name&gt;</c>.
    /// The template parameters of an encoding are unrelated to those of the enclosing context, so they
    /// are saved and restored around it.
    /// </summary>
    private ItaniumNode? ParseEncoding()
    {
        if (!Enter())
        {
            return null;
        }

        var saved = _ctx.SaveTemplateParams();
        var result = ParseEncodingCore(_ctx.RentNameState());
        _ctx.ReturnNameState();
        _ctx.RestoreTemplateParams(saved);
        _depth--;
        return result;
    }

    private readonly bool IsEndOfEncoding()
    {
        // The characters that can follow an <encoding>; none of them starts a <type>.
        char c = Look();
        return NumLeft == 0 || c == 'E' || c == '.' || c == '_';
    }

    private ItaniumNode? ParseEncodingCore(ItaniumNameState state)
    {
        if (Look() == 'G' || Look() == 'T')
        {
            return ParseSpecialName();
        }

        state.ForwardTemplateRefsBegin = _ctx.ForwardTemplateRefs.Count;
        var name = ParseName(state);
        if (name is null || !ResolveForwardTemplateRefs(state))
        {
            return null;
        }

        if (IsEndOfEncoding())
        {
            return name;
        }

        ItaniumNode? attrs = null;
        if (ConsumeIf("Ua9enable_ifI"))
        {
            if (!TryParseTemplateArgList(out var enableIfArgs))
            {
                return null;
            }

            attrs = Make(ItaniumNodeKind.EnableIfAttr);
            attrs.List = enableIfArgs;
        }

        ItaniumNode? returnType = null;
        if (!state.CtorDtorConversion && state.EndsWithTemplateArgs)
        {
            returnType = ParseType();
            if (returnType is null)
            {
                return null;
            }
        }

        int paramsBegin = _ctx.Names.Count;
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
            while (!IsEndOfEncoding() && Look() != 'Q');
        }

        if (state.HasExplicitObjectParameter && _ctx.Names.Count > paramsBegin)
        {
            _ctx.Names[paramsBegin] = Make(ItaniumNodeKind.ExplicitObjectParameter, _ctx.Names[paramsBegin]);
        }

        var parameters = _ctx.PopTrailing(paramsBegin);
        ItaniumNode? requires = null;
        if (ConsumeIf('Q'))
        {
            requires = ParseConstraintExpr();
            if (requires is null)
            {
                return null;
            }
        }

        var function = Make(ItaniumNodeKind.FunctionEncoding, returnType, name, attrs);
        function.D = requires;
        function.List = parameters;
        function.Flags = state.CvQualifiers | (state.ReferenceQualifier << ItaniumQualifiers.RefShift);
        function.RhsCache = ItaniumNode.Yes;
        function.FunctionCache = ItaniumNode.Yes;
        return function;
    }

    /// <summary>Binds the forward references made while reading the name to its template arguments.</summary>
    private readonly bool ResolveForwardTemplateRefs(ItaniumNameState state)
    {
        var refs = _ctx.ForwardTemplateRefs;
        for (int i = state.ForwardTemplateRefsBegin; i < refs.Count; i++)
        {
            int index = refs[i].Number;
            if (_ctx.TemplateParams.Count == 0 || _ctx.TemplateParams[0] is not { } level || index >= level.Count)
            {
                return false;
            }

            refs[i].A = level[index];
        }

        refs.Truncate(state.ForwardTemplateRefsBegin);
        return true;
    }

    /// <summary><c>&lt;call-offset&gt; ::= h &lt;nv-offset&gt; _ | v &lt;v-offset&gt; _</c>: read and dropped, as c++filt does.</summary>
    private bool ParseCallOffset()
    {
        if (ConsumeIf('h'))
        {
            return ParseNumber(true).Start.Value != _pos && ConsumeIf('_');
        }

        if (ConsumeIf('v'))
        {
            return ParseNumber(true).Start.Value != _pos && ConsumeIf('_') && ParseNumber(true).Start.Value != _pos && ConsumeIf('_');
        }

        return false;
    }

    private ItaniumNode? Special(string text, ItaniumNode? child) => child is null ? null : MakeText(ItaniumNodeKind.SpecialName, text, child);

    private ItaniumNode? ParseSpecialName()
    {
        if (Look() == 'T')
        {
            char c = Look(1);
            switch (c)
            {
                case 'A':
                    _pos += 2;
                    return Special("template parameter object for ", ParseTemplateArg());
                case 'V':
                    _pos += 2;
                    return Special("vtable for ", ParseType());
                case 'T':
                    _pos += 2;
                    return Special("VTT for ", ParseType());
                case 'I':
                    _pos += 2;
                    return Special("typeinfo for ", ParseType());
                case 'S':
                    _pos += 2;
                    return Special("typeinfo name for ", ParseType());
                case 'c':
                    _pos += 2;
                    if (!ParseCallOffset() || !ParseCallOffset())
                    {
                        return null;
                    }

                    return Special("covariant return thunk to ", ParseEncoding());
                case 'C':
                {
                    _pos += 2;
                    var first = ParseType();
                    if (first is null || ParseNumber(true).Start.Value == _pos || !ConsumeIf('_'))
                    {
                        return null;
                    }

                    var second = ParseType();
                    return second is null ? null : Make(ItaniumNodeKind.CtorVtableSpecialName, first, second);
                }

                case 'W':
                    _pos += 2;
                    return Special("thread-local wrapper routine for ", ParseName(null));
                case 'H':
                    _pos += 2;
                    return Special("thread-local initialization routine for ", ParseName(null));
                default:
                {
                    _pos++;
                    bool isVirtual = Look() == 'v';
                    if (!ParseCallOffset())
                    {
                        return null;
                    }

                    return Special(isVirtual ? "virtual thunk to " : "non-virtual thunk to ", ParseEncoding());
                }
            }
        }

        if (Look() == 'G')
        {
            switch (Look(1))
            {
                case 'V':
                    _pos += 2;
                    return Special("guard variable for ", ParseName(null));
                case 'R':
                {
                    _pos += 2;
                    var name = ParseName(null);
                    if (name is null)
                    {
                        return null;
                    }

                    bool parsedSeqId = ParseSeqId(out _);
                    if (!ConsumeIf('_') && parsedSeqId)
                    {
                        return null;
                    }

                    return Special("reference temporary for ", name);
                }

                case 'I':
                {
                    _pos += 2;
                    ItaniumNode? module = null;
                    if (!ParseModuleNameOpt(ref module) || module is null)
                    {
                        return null;
                    }

                    return Special("initializer for module ", module);
                }
            }

            // GCC's transactional-memory clones (GTt/GTn <encoding>, libstdc++ exports ~70) are not
            // read: llvm-cxxfilt, our reference, prints them raw (checked with LLVM 14 and LLVM 22).
        }

        return null;
    }
}

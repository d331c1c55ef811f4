namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;type&gt;</c> (Itanium C++ ABI 5.1.5).</summary>
internal ref partial struct ItaniumParser
{
    private ItaniumNode? ParseType()
    {
        if (!Enter())
        {
            return null;
        }

        var result = ParseTypeCore();
        _depth--;
        return result;
    }

    private ItaniumNode? Builtin(int length, string name)
    {
        _pos += length;
        return MakeName(name);
    }

    private ItaniumNode? ParseTypeCore()
    {
        ItaniumNode? result;
        switch (Look())
        {
            case 'r' or 'V' or 'K':
            {
                int after = 0;
                if (Look(after) == 'r')
                {
                    after++;
                }

                if (Look(after) == 'V')
                {
                    after++;
                }

                if (Look(after) == 'K')
                {
                    after++;
                }

                if (Look(after) == 'F' || (Look(after) == 'D' && Look(after + 1) is 'o' or 'O' or 'w' or 'x'))
                {
                    result = ParseFunctionType();
                    break;
                }

                result = ParseQualifiedType();
                break;
            }

            case 'U':
                result = ParseQualifiedType();
                break;
            case 'v': return Builtin(1, "void");
            case 'w': return Builtin(1, "wchar_t");
            case 'b': return Builtin(1, "bool");
            case 'c': return Builtin(1, "char");
            case 'a': return Builtin(1, "signed char");
            case 'h': return Builtin(1, "unsigned char");
            case 's': return Builtin(1, "short");
            case 't': return Builtin(1, "unsigned short");
            case 'i': return Builtin(1, "int");
            case 'j': return Builtin(1, "unsigned int");
            case 'l': return Builtin(1, "long");
            case 'm': return Builtin(1, "unsigned long");
            case 'x': return Builtin(1, "long long");
            case 'y': return Builtin(1, "unsigned long long");
            case 'n': return Builtin(1, "__int128");
            case 'o': return Builtin(1, "unsigned __int128");
            case 'f': return Builtin(1, "float");
            case 'd': return Builtin(1, "double");
            case 'e': return Builtin(1, "long double");
            case 'g': return Builtin(1, "__float128");
            case 'z': return Builtin(1, "...");
            case 'u':
            {
                _pos++;
                if (ParseBareSourceName() is not { } vendor)
                {
                    return null;
                }

                // Vendor extended types are substitution candidates, unlike the other builtins (5.9.1).
                if (ConsumeIf('I'))
                {
                    var baseType = ParseType();
                    if (baseType is null || !ConsumeIf('E'))
                    {
                        return null;
                    }

                    result = MakeSlice(ItaniumNodeKind.TransformedType, vendor.Start.Value, vendor.End.Value - vendor.Start.Value, baseType);
                }
                else
                {
                    result = MakeName(vendor);
                }

                break;
            }

            case 'D':
                switch (Look(1))
                {
                    case 'd': return Builtin(2, "decimal64");
                    case 'e': return Builtin(2, "decimal128");
                    case 'f': return Builtin(2, "decimal32");
                    case 'h': return Builtin(2, "half");
                    case 'i': return Builtin(2, "char32_t");
                    case 's': return Builtin(2, "char16_t");
                    case 'u': return Builtin(2, "char8_t");
                    case 'a': return Builtin(2, "auto");
                    case 'c': return Builtin(2, "decltype(auto)");
                    case 'n': return Builtin(2, "std::nullptr_t");
                    case 'F':
                    {
                        _pos += 2;
                        if (ConsumeIf("16b"))
                        {
                            return MakeName("std::bfloat16_t");
                        }

                        var bits = ParseNumber(false);
                        if (bits.Start.Value == bits.End.Value)
                        {
                            return null;
                        }

                        var fp = Make(ItaniumNodeKind.BinaryFPType, MakeName(bits));
                        if (ConsumeIf('x'))
                        {
                            fp.Flags = 1;
                            return fp;
                        }

                        return ConsumeIf('_') ? fp : null;
                    }

                    case 'B' or 'U':
                    {
                        bool signed = Look(1) == 'B';
                        _pos += 2;
                        ItaniumNode? size;
                        if (IsDigit(Look()))
                        {
                            size = MakeName(ParseNumber(false));
                        }
                        else
                        {
                            size = ParseExpr();
                        }

                        if (size is null || !ConsumeIf('_'))
                        {
                            return null;
                        }

                        result = Make(ItaniumNodeKind.BitIntType, size);
                        result.Flags = signed ? 1 : 0;
                        break;
                    }

                    case 't' or 'T':
                        result = ParseDecltype();
                        break;
                    case 'k' or 'K':
                    {
                        // Dk/DK <type-constraint>: a constrained placeholder ("C auto").
                        string placeholder = Look(1) == 'k' ? " auto" : " decltype(auto)";
                        _pos += 2;
                        var constraint = ParseName(null);
                        return constraint is null ? null : MakeText(ItaniumNodeKind.PostfixQualifiedType, placeholder, constraint);
                    }

                    case 'A' or 'R' or 'S':
                        return ParseFixedPointType();
                    case 'v':
                        result = ParseVectorType();
                        break;
                    case 'p':
                    {
                        _pos += 2;
                        var child = ParseType();
                        if (child is null)
                        {
                            return null;
                        }

                        result = Make(ItaniumNodeKind.ParameterPackExpansion, child);
                        break;
                    }

                    case 'o' or 'O' or 'w' or 'x':
                        result = ParseFunctionType();
                        break;
                    default:
                        return null;
                }

                break;
            case 'F':
                result = ParseFunctionType();
                break;
            case 'A':
                result = ParseArrayType();
                break;
            case 'M':
                result = ParsePointerToMemberType();
                break;
            case 'T':
            {
                // Ts/Tu/Te: an elaborated type specifier on a <class-enum-type>.
                if (Look(1) is 's' or 'u' or 'e')
                {
                    result = ParseClassEnumType();
                    break;
                }

                result = ParseTemplateParam();
                if (result is null)
                {
                    return null;
                }

                // <template-template-param> <template-args>
                if (_tryToParseTemplateArgs && Look() == 'I')
                {
                    _ctx.Subs.Add(result);
                    var args = ParseTemplateArgs();
                    if (args is null)
                    {
                        return null;
                    }

                    result = Make(ItaniumNodeKind.NameWithTemplateArgs, result, args);
                }

                break;
            }

            case 'P':
                result = Wrap(ItaniumNodeKind.PointerType, 0);
                break;
            case 'R':
                result = Wrap(ItaniumNodeKind.ReferenceType, 0);
                break;
            case 'O':
                result = Wrap(ItaniumNodeKind.ReferenceType, 1);
                break;
            case 'C':
                result = Wrap(ItaniumNodeKind.PostfixQualifiedType, 0);
                if (result is not null)
                {
                    result.Text = " complex";
                }

                break;
            case 'G':
                result = Wrap(ItaniumNodeKind.PostfixQualifiedType, 0);
                if (result is not null)
                {
                    result.Text = " imaginary";
                }

                break;
            case 'S':
                if (Look(1) != 't')
                {
                    bool isSubst = false;
                    result = ParseUnscopedName(null, ref isSubst, allowSubst: true);
                    if (result is null)
                    {
                        return null;
                    }

                    if (Look() == 'I' && (!isSubst || _tryToParseTemplateArgs))
                    {
                        if (!isSubst)
                        {
                            _ctx.Subs.Add(result);
                        }

                        var args = ParseTemplateArgs();
                        if (args is null)
                        {
                            return null;
                        }

                        result = Make(ItaniumNodeKind.NameWithTemplateArgs, result, args);
                    }
                    else if (isSubst)
                    {
                        // A bare substitution is not pushed again.
                        return result;
                    }

                    break;
                }

                result = ParseClassEnumType();
                break;
            default:
                result = ParseClassEnumType();
                break;
        }

        if (result is not null)
        {
            _ctx.Subs.Add(result);
        }

        return result;
    }

    /// <summary>Pointer, reference, complex: one prefix character and the type it applies to.</summary>
    private ItaniumNode? Wrap(ItaniumNodeKind kind, int flags)
    {
        _pos++;
        var inner = ParseType();
        if (inner is null)
        {
            return null;
        }

        var node = Make(kind, inner);
        node.Flags = flags;
        if (kind is ItaniumNodeKind.PointerType or ItaniumNodeKind.ReferenceType)
        {
            node.RhsCache = inner.RhsCache;
        }

        return node;
    }

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

    /// <summary><c>&lt;array-type&gt; ::= A [&lt;dimension number&gt; | &lt;dimension expression&gt;] _ &lt;element type&gt;</c>.</summary>
    private ItaniumNode? ParseArrayType()
    {
        if (!ConsumeIf('A'))
        {
            return null;
        }

        ItaniumNode? dimension = null;
        if (IsDigit(Look()))
        {
            dimension = MakeName(ParseNumber(false));
            if (!ConsumeIf('_'))
            {
                return null;
            }
        }
        else if (!ConsumeIf('_'))
        {
            dimension = ParseExpr();
            if (dimension is null || !ConsumeIf('_'))
            {
                return null;
            }
        }

        var element = ParseType();
        if (element is null)
        {
            return null;
        }

        var array = Make(ItaniumNodeKind.ArrayType, element, dimension);
        array.RhsCache = ItaniumNode.Yes;
        array.ArrayCache = ItaniumNode.Yes;
        return array;
    }

    /// <summary><c>&lt;pointer-to-member-type&gt; ::= M &lt;class type&gt; &lt;member type&gt;</c>.</summary>
    private ItaniumNode? ParsePointerToMemberType()
    {
        if (!ConsumeIf('M'))
        {
            return null;
        }

        var classType = ParseType();
        if (classType is null)
        {
            return null;
        }

        var memberType = ParseType();
        if (memberType is null)
        {
            return null;
        }

        var node = Make(ItaniumNodeKind.PointerToMemberType, classType, memberType);
        node.RhsCache = memberType.RhsCache;
        return node;
    }

    /// <summary><c>&lt;class-enum-type&gt; ::= [Ts | Tu | Te] &lt;name&gt;</c>.</summary>
    private ItaniumNode? ParseClassEnumType()
    {
        string? elaborated = null;
        if (ConsumeIf("Ts"))
        {
            elaborated = "struct";
        }
        else if (ConsumeIf("Tu"))
        {
            elaborated = "union";
        }
        else if (ConsumeIf("Te"))
        {
            elaborated = "enum";
        }

        var name = ParseName(null);
        if (name is null)
        {
            return null;
        }

        return elaborated is null ? name : MakeText(ItaniumNodeKind.ElaboratedTypeSpefType, elaborated, name);
    }

    /// <summary><c>&lt;decltype&gt; ::= Dt &lt;expression&gt; E | DT &lt;expression&gt; E</c>.</summary>
    private ItaniumNode? ParseDecltype()
    {
        if (!ConsumeIf('D') || !(ConsumeIf('t') || ConsumeIf('T')))
        {
            return null;
        }

        var expr = ParseExpr();
        if (expr is null || !ConsumeIf('E'))
        {
            return null;
        }

        return MakeText(ItaniumNodeKind.EnclosingExpr, "decltype", expr);
    }

    /// <summary><c>&lt;vector-type&gt; ::= Dv &lt;number&gt; _ (&lt;type&gt; | p) | Dv [&lt;expression&gt;] _ &lt;type&gt;</c>.</summary>
    private ItaniumNode? ParseVectorType()
    {
        if (!ConsumeIf("Dv"))
        {
            return null;
        }

        ItaniumNode? dimension = null;
        if (Look() is >= '1' and <= '9')
        {
            dimension = MakeName(ParseNumber(false));
            if (!ConsumeIf('_'))
            {
                return null;
            }

            if (ConsumeIf('p'))
            {
                return Make(ItaniumNodeKind.PixelVectorType, null, dimension);
            }
        }
        else if (!ConsumeIf('_'))
        {
            dimension = ParseExpr();
            if (dimension is null || !ConsumeIf('_'))
            {
                return null;
            }
        }

        var element = ParseType();
        return element is null ? null : Make(ItaniumNodeKind.VectorType, element, dimension);
    }
}

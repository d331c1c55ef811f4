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

    private ItaniumNode? ParseTypeCore()
    {
        // <builtin-type>s are not substitution candidates (5.1.10).
        if (BuiltinName(Look(), Look(1)) is { } builtin)
        {
            _pos += builtin.Length;
            return MakeName(builtin.Name);
        }

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
            {
                result = ParseDType(out bool substitutable);
                if (!substitutable)
                {
                    return result;
                }

                break;
            }

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
}

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;expr-primary&gt;</c>: literals and external names (Itanium C++ ABI 5.1.6.1).</summary>
internal ref partial struct ItaniumParser
{
    private ItaniumNode? ParseExprPrimary()
    {
        if (!ConsumeIf('L'))
        {
            return null;
        }

        switch (Look())
        {
            case 'w': _pos++; return ParseIntegerLiteral("wchar_t");
            case 'b':
                if (ConsumeIf("b0E"))
                {
                    return Make(ItaniumNodeKind.BoolExpr);
                }

                if (ConsumeIf("b1E"))
                {
                    var boolean = Make(ItaniumNodeKind.BoolExpr);
                    boolean.Flags = 1;
                    return boolean;
                }

                return null;
            case 'c': _pos++; return ParseIntegerLiteral("char");
            case 'a': _pos++; return ParseIntegerLiteral("signed char");
            case 'h': _pos++; return ParseIntegerLiteral("unsigned char");
            case 's': _pos++; return ParseIntegerLiteral("short");
            case 't': _pos++; return ParseIntegerLiteral("unsigned short");
            case 'i': _pos++; return ParseIntegerLiteral(string.Empty);
            case 'j': _pos++; return ParseIntegerLiteral("u");
            case 'l': _pos++; return ParseIntegerLiteral("l");
            case 'm': _pos++; return ParseIntegerLiteral("ul");
            case 'x': _pos++; return ParseIntegerLiteral("ll");
            case 'y': _pos++; return ParseIntegerLiteral("ull");
            case 'n': _pos++; return ParseIntegerLiteral("__int128");
            case 'o': _pos++; return ParseIntegerLiteral("unsigned __int128");
            case 'f': _pos++; return ParseFloatLiteral(0, 8);
            case 'd': _pos++; return ParseFloatLiteral(1, 16);
            // x86-64 long double is the x87 80-bit format: 20 hex digits.
            case 'e': _pos++; return ParseFloatLiteral(2, 20);
            case '_':
                if (ConsumeIf("_Z"))
                {
                    var encoding = ParseEncoding();
                    if (encoding is not null && ConsumeIf('E'))
                    {
                        return encoding;
                    }
                }

                return null;
            case 'A':
            {
                var type = ParseType();
                return type is not null && ConsumeIf('E') ? Make(ItaniumNodeKind.StringLiteral, type) : null;
            }

            case 'D':
                if (ConsumeIf("Dn"))
                {
                    ConsumeIf('0');
                    if (ConsumeIf('E'))
                    {
                        return MakeName("nullptr");
                    }
                }

                return null;
            case 'T':
                // Invalid per the ABI list discussion (cxx-abi-dev, August 2011).
                return null;
            case 'U':
            {
                if (Look(1) != 'l')
                {
                    return null;
                }

                var closure = ParseUnnamedTypeName(null);
                return closure is not null && ConsumeIf('E') ? Make(ItaniumNodeKind.LambdaExpr, closure) : null;
            }

            default:
            {
                var type = ParseType();
                if (type is null)
                {
                    return null;
                }

                var value = ParseNumber(true);
                if (value.Start.Value == value.End.Value || !ConsumeIf('E'))
                {
                    return null;
                }

                return MakeSlice(ItaniumNodeKind.EnumLiteral, value.Start.Value, value.End.Value - value.Start.Value, type);
            }
        }
    }

    private ItaniumNode? ParseIntegerLiteral(string type)
    {
        var value = ParseNumber(true);
        if (value.Start.Value == value.End.Value || !ConsumeIf('E'))
        {
            return null;
        }

        var node = MakeSlice(ItaniumNodeKind.IntegerLiteral, value.Start.Value, value.End.Value - value.Start.Value);
        node.Text = type;
        return node;
    }

    private ItaniumNode? ParseFloatLiteral(int kind, int digits)
    {
        if (NumLeft <= digits)
        {
            return null;
        }

        int start = _pos;
        for (int i = 0; i < digits; i++)
        {
            // Lower-case hex only, as the ABI writes it (LLVM rejects upper-case digits).
            if (_s[start + i] is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return null;
            }
        }

        _pos += digits;
        if (!ConsumeIf('E'))
        {
            return null;
        }

        var node = MakeSlice(ItaniumNodeKind.FloatLiteral, start, digits);
        node.Flags = kind;
        return node;
    }
}

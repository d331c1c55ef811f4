namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Numbers, source names, sequence ids and qualifiers (Itanium C++ ABI 5.1.2, 5.1.10).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary><c>[n] digits</c>: the range read (empty when there are no digits).</summary>
    private Range ParseNumber(bool allowNegative)
    {
        int start = _pos;
        if (allowNegative)
        {
            ConsumeIf('n');
        }

        if (!IsDigit(Look()))
        {
            _pos = start;
            return start..start;
        }

        while (IsDigit(Look()))
        {
            _pos++;
        }

        return start.._pos;
    }

    private static bool Empty(Range range) => range.Start.Value == range.End.Value;

    /// <summary>A decimal number that must fit comfortably in an int (lengths, indexes).</summary>
    private bool ParsePositiveInteger(out int value)
    {
        value = 0;
        if (!IsDigit(Look()))
        {
            return false;
        }

        while (IsDigit(Look()))
        {
            if (value > 100_000_000)
            {
                return false;
            }

            value = (value * 10) + (_s[_pos++] - '0');
        }

        return true;
    }

    /// <summary><c>&lt;source-name&gt; ::= &lt;length&gt; &lt;identifier&gt;</c>: the identifier's range, or null.</summary>
    private Range? ParseBareSourceName()
    {
        if (!ParsePositiveInteger(out int length) || length == 0 || NumLeft < length)
        {
            return null;
        }

        int start = _pos;
        _pos += length;
        return start.._pos;
    }

    /// <summary><c>&lt;seq-id&gt;</c>: base-36 digits and capital letters.</summary>
    private bool ParseSeqId(out int value)
    {
        value = 0;
        int start = _pos;
        while (true)
        {
            char c = Look();
            int digit;
            if (IsDigit(c))
            {
                digit = c - '0';
            }
            else if (c is >= 'A' and <= 'Z')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                break;
            }

            if (value > 10_000_000)
            {
                return false;
            }

            value = (value * 36) + digit;
            _pos++;
        }

        return _pos != start;
    }

    private int ParseCvQualifiers()
    {
        int quals = 0;
        if (ConsumeIf('r'))
        {
            quals |= ItaniumQualifiers.Restrict;
        }

        if (ConsumeIf('V'))
        {
            quals |= ItaniumQualifiers.Volatile;
        }

        if (ConsumeIf('K'))
        {
            quals |= ItaniumQualifiers.Const;
        }

        return quals;
    }
}

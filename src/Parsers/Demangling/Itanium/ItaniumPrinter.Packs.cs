namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Closure declarators and pack expansions.</summary>
internal ref partial struct ItaniumPrinter
{
    private void PrintClosureDeclarator(ItaniumNode closure)
    {
        if (!closure.List.IsEmpty)
        {
            int saved = _gtIsGt;
            _gtIsGt = 0;
            _out.Append('<');
            PrintWithComma(closure.List);
            _out.Append('>');
            _gtIsGt = saved;
        }

        if (closure.A is not null)
        {
            _out.Append(" requires ");
            Print(closure.A);
            _out.Append(' ');
        }

        OpenParen();
        PrintWithComma(closure.List2);
        CloseParen();
        if (closure.B is not null)
        {
            _out.Append(" requires ");
            Print(closure.B);
        }
    }

    /// <summary>Prints <paramref name="pattern"/> once per element of the pack it mentions, comma separated.</summary>
    private void PrintPackExpansion(ItaniumNode pattern)
    {
        uint savedIndex = _packIndex, savedMax = _packMax;
        _packIndex = NoPack;
        _packMax = NoPack;
        int start = _out.Length;
        Print(pattern);
        if (_packMax == NoPack)
        {
            // No pack inside (e.g. a function parameter pack): show the expansion.
            _out.Append("...");
        }
        else if (_packMax == 0)
        {
            _out.Length = start;
        }
        else
        {
            for (uint i = 1, end = _packMax; i < end && !_failed; i++)
            {
                _out.Append(", ");
                _packIndex = i;
                Print(pattern);
            }
        }

        _packIndex = savedIndex;
        _packMax = savedMax;
    }
}

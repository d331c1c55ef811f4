namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Printing of fold expressions, designated initialisers and requires-expressions.</summary>
internal ref partial struct ItaniumPrinter
{
    private void PrintBracedInit(ItaniumNode init)
    {
        if (init.Kind is not ItaniumNodeKind.BracedExpr and not ItaniumNodeKind.BracedRangeExpr)
        {
            _out.Append(" = ");
        }

        Print(init);
    }

    private void PrintFold(ItaniumNode node)
    {
        bool isLeftFold = node.Flags == 1;
        var init = node.B;
        string op = node.Text!;
        OpenParen();
        // '[init op ]... op pack' or 'pack op ...[ op init]'.
        if (!isLeftFold || init is not null)
        {
            if (isLeftFold)
            {
                PrintAsOperand(init!, ItaniumPrecedence.Cast, true);
            }
            else
            {
                PrintFoldPack(node.A!);
            }

            _out.Append(' ');
            _out.Append(op);
            _out.Append(' ');
        }

        _out.Append("...");
        if (isLeftFold || init is not null)
        {
            _out.Append(' ');
            _out.Append(op);
            _out.Append(' ');
            if (isLeftFold)
            {
                PrintFoldPack(node.A!);
            }
            else
            {
                PrintAsOperand(init!, ItaniumPrecedence.Cast, true);
            }
        }

        CloseParen();
    }

    private void PrintFoldPack(ItaniumNode pack)
    {
        OpenParen();
        PrintPackExpansion(pack);
        CloseParen();
    }

    private void PrintLeftRequires(ItaniumNode node)
    {
        switch (node.Kind)
        {
            case ItaniumNodeKind.RequiresExpr:
                _out.Append("requires");
                if (!node.List.IsEmpty)
                {
                    _out.Append(' ');
                    OpenParen();
                    PrintWithComma(node.List);
                    CloseParen();
                }

                _out.Append(' ');
                OpenParen('{');
                for (int i = 0; i < node.List2.Count; i++)
                {
                    Print(_ctx.At(node.List2, i));
                }

                _out.Append(' ');
                CloseParen('}');
                break;
            case ItaniumNodeKind.ExprRequirement:
            {
                _out.Append(' ');
                bool braces = node.Flags == 1 || node.B is not null;
                if (braces)
                {
                    OpenParen('{');
                }

                Print(node.A!);
                if (braces)
                {
                    CloseParen('}');
                }

                if (node.Flags == 1)
                {
                    _out.Append(" noexcept");
                }

                if (node.B is not null)
                {
                    _out.Append(" -> ");
                    Print(node.B);
                }

                _out.Append(';');
                break;
            }

            case ItaniumNodeKind.TypeRequirement:
                _out.Append(" typename ");
                Print(node.A!);
                _out.Append(';');
                break;
            case ItaniumNodeKind.NestedRequirement:
                _out.Append(" requires ");
                Print(node.A!);
                _out.Append(';');
                break;
        }
    }
}

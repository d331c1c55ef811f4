namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Printing of expressions and literals.</summary>
internal ref partial struct ItaniumPrinter
{
    private void PrintLeftExpr(ItaniumNode node)
    {
        switch (node.Kind)
        {
            case ItaniumNodeKind.BinaryExpr:
            {
                var op = node.Text!;
                // Inside template arguments a bare '>' would end the argument list.
                bool parenAll = _gtIsGt == 0 && (op == ">" || op == ">>");
                if (parenAll)
                {
                    OpenParen();
                }

                bool isAssign = node.Precedence == ItaniumPrecedence.Assign;
                PrintAsOperand(node.A!, isAssign ? ItaniumPrecedence.OrIf : node.Precedence, !isAssign);
                if (op != ",")
                {
                    _out.Append(' ');
                }

                _out.Append(op);
                _out.Append(' ');
                PrintAsOperand(node.B!, node.Precedence, isAssign);
                if (parenAll)
                {
                    CloseParen();
                }

                break;
            }

            case ItaniumNodeKind.PrefixExpr:
                _out.Append(node.Text!);
                PrintAsOperand(node.A!, node.Precedence);
                break;
            case ItaniumNodeKind.PostfixExpr:
                PrintAsOperand(node.A!, node.Precedence, true);
                _out.Append(node.Text!);
                break;
            case ItaniumNodeKind.ArraySubscriptExpr:
                PrintAsOperand(node.A!, node.Precedence);
                OpenParen('[');
                PrintAsOperand(node.B!);
                CloseParen(']');
                break;
            case ItaniumNodeKind.MemberExpr:
                PrintAsOperand(node.A!, node.Precedence, true);
                _out.Append(node.Text!);
                PrintAsOperand(node.B!, node.Precedence, false);
                break;
            case ItaniumNodeKind.ConditionalExpr:
                PrintAsOperand(node.A!, node.Precedence);
                _out.Append(" ? ");
                PrintAsOperand(node.B!);
                _out.Append(" : ");
                PrintAsOperand(node.C!, ItaniumPrecedence.Assign, true);
                break;
            case ItaniumNodeKind.CallExpr:
                if (node.Flags == 1)
                {
                    OpenParen();
                }

                Print(node.A!);
                if (node.Flags == 1)
                {
                    CloseParen();
                }

                OpenParen();
                PrintWithComma(node.List);
                CloseParen();
                break;
            case ItaniumNodeKind.NewExpr:
                if ((node.Flags & 1) != 0)
                {
                    _out.Append("::");
                }

                _out.Append("new");
                if ((node.Flags & 2) != 0)
                {
                    _out.Append("[]");
                }

                if (!node.List.IsEmpty)
                {
                    OpenParen();
                    PrintWithComma(node.List);
                    CloseParen();
                }

                _out.Append(' ');
                Print(node.A!);
                if (!node.List2.IsEmpty)
                {
                    OpenParen();
                    PrintWithComma(node.List2);
                    CloseParen();
                }

                break;
            case ItaniumNodeKind.DeleteExpr:
                if ((node.Flags & 1) != 0)
                {
                    _out.Append("::");
                }

                _out.Append("delete");
                if ((node.Flags & 2) != 0)
                {
                    _out.Append("[]");
                }

                _out.Append(' ');
                Print(node.A!);
                break;
            case ItaniumNodeKind.CastExpr:
            {
                _out.Append(node.Text!);
                int saved = _gtIsGt;
                _gtIsGt = 0;
                _out.Append('<');
                PrintLeft(node.A!);
                _out.Append('>');
                _gtIsGt = saved;
                OpenParen();
                PrintAsOperand(node.B!);
                CloseParen();
                break;
            }

            case ItaniumNodeKind.ConversionExpr:
                OpenParen();
                Print(node.A!);
                CloseParen();
                OpenParen();
                PrintWithComma(node.List);
                CloseParen();
                break;
            case ItaniumNodeKind.EnclosingExpr:
                _out.Append(node.Text!);
                OpenParen();
                Print(node.A!);
                CloseParen();
                break;
            case ItaniumNodeKind.SizeofParamPackExpr:
                _out.Append("sizeof...");
                OpenParen();
                PrintPackExpansion(node.A!);
                CloseParen();
                break;
            case ItaniumNodeKind.InitListExpr:
                if (node.A is not null)
                {
                    if (node.A.Kind == ItaniumNodeKind.ArrayType && node.A.A is { Kind: ItaniumNodeKind.Name } element
                        && TextOf(element).SequenceEqual("char") && PrintAsString(node.List))
                    {
                        break;
                    }

                    Print(node.A);
                }

                _out.Append('{');
                PrintWithComma(node.List);
                _out.Append('}');
                break;
            case ItaniumNodeKind.BracedExpr:
                if (node.Flags == 1)
                {
                    _out.Append('[');
                    Print(node.A!);
                    _out.Append(']');
                }
                else
                {
                    _out.Append('.');
                    Print(node.A!);
                }

                PrintBracedInit(node.B!);
                break;
            case ItaniumNodeKind.BracedRangeExpr:
                _out.Append('[');
                Print(node.A!);
                _out.Append(" ... ");
                Print(node.B!);
                _out.Append(']');
                PrintBracedInit(node.C!);
                break;
            case ItaniumNodeKind.FoldExpr:
                PrintFold(node);
                break;
            case ItaniumNodeKind.ThrowExpr:
                _out.Append("throw ");
                Print(node.A!);
                break;
            case ItaniumNodeKind.BoolExpr:
                _out.Append(node.Flags == 1 ? "true" : "false");
                break;
            case ItaniumNodeKind.StringLiteral:
                _out.Append("\"<");
                Print(node.A!);
                _out.Append(">\"");
                break;
            case ItaniumNodeKind.LambdaExpr:
                _out.Append("[]");
                if (node.A!.Kind == ItaniumNodeKind.ClosureTypeName)
                {
                    PrintClosureDeclarator(node.A);
                }

                _out.Append("{...}");
                break;
            case ItaniumNodeKind.IntegerLiteral:
            {
                string type = node.Text!;
                if (type.Length > 3)
                {
                    OpenParen();
                    _out.Append(type);
                    CloseParen();
                }

                PrintSigned(Slice(node));
                if (type.Length <= 3)
                {
                    _out.Append(type);
                }

                break;
            }

            case ItaniumNodeKind.FloatLiteral:
                ItaniumHexFloat.Format(ref _out, Slice(node), node.Flags);
                break;
            case ItaniumNodeKind.EnumLiteral:
                OpenParen();
                Print(node.A!);
                CloseParen();
                PrintSigned(Slice(node));
                break;
            case ItaniumNodeKind.FunctionParam:
                _out.Append("fp");
                _out.Append(Slice(node));
                break;
            case ItaniumNodeKind.PointerToMemberConversionExpr:
                OpenParen();
                Print(node.A!);
                CloseParen();
                OpenParen();
                Print(node.B!);
                CloseParen();
                break;
            case ItaniumNodeKind.SubobjectExpr:
            {
                Print(node.B!);
                _out.Append(".<");
                Print(node.A!);
                _out.Append(" at offset ");
                var offset = Slice(node);
                if (offset.IsEmpty)
                {
                    _out.Append('0');
                }
                else
                {
                    PrintSigned(offset);
                }

                _out.Append('>');
                break;
            }

            default:
                PrintLeftRequires(node);
                break;
        }
    }

    private void PrintSigned(ReadOnlySpan<char> number)
    {
        if (number.Length > 0 && number[0] == 'n')
        {
            _out.Append('-');
            number = number.Slice(1);
        }

        _out.Append(number);
    }
}

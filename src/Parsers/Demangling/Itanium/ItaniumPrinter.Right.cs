namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>The right half of types: what follows the declarator (array bounds, parameter lists).</summary>
internal ref partial struct ItaniumPrinter
{
    private void PrintRightCore(ItaniumNode node)
    {
        switch (node.Kind)
        {
            case ItaniumNodeKind.QualType or ItaniumNodeKind.TemplateParamPackDecl:
                PrintRight(node.A!);
                break;
            case ItaniumNodeKind.PointerType:
            {
                var pointee = node.A!;
                if (!IsObjCObject(pointee))
                {
                    if (HasArray(pointee) || HasFunction(pointee))
                    {
                        _out.Append(')');
                    }

                    PrintRight(pointee);
                }

                break;
            }

            case ItaniumNodeKind.ReferenceType:
            {
                if (node.Printing)
                {
                    break;
                }

                node.Printing = true;
                var (_, target) = Collapse(node);
                if (target is not null)
                {
                    if (HasArray(target) || HasFunction(target))
                    {
                        _out.Append(')');
                    }

                    PrintRight(target);
                }

                node.Printing = false;
                break;
            }

            case ItaniumNodeKind.PointerToMemberType:
            {
                var member = node.B!;
                if (HasArray(member) || HasFunction(member))
                {
                    _out.Append(')');
                }

                PrintRight(member);
                break;
            }

            case ItaniumNodeKind.ArrayType:
                if (_out.Last != ']')
                {
                    _out.Append(' ');
                }

                _out.Append('[');
                if (node.B is not null)
                {
                    Print(node.B);
                }

                _out.Append(']');
                PrintRight(node.A!);
                break;
            case ItaniumNodeKind.FunctionType:
                OpenParen();
                PrintWithComma(node.List);
                CloseParen();
                PrintRight(node.A!);
                PrintQualifiers(ref _out, node.Flags);
                PrintRefQualifier(ref _out, node.Flags >> ItaniumQualifiers.RefShift);
                if (node.B is not null)
                {
                    _out.Append(' ');
                    Print(node.B);
                }

                break;
            case ItaniumNodeKind.FunctionEncoding:
                OpenParen();
                PrintWithComma(node.List);
                CloseParen();
                if (node.A is not null)
                {
                    PrintRight(node.A);
                }

                PrintQualifiers(ref _out, node.Flags);
                PrintRefQualifier(ref _out, node.Flags >> ItaniumQualifiers.RefShift);
                if (node.C is not null)
                {
                    Print(node.C);
                }

                if (node.D is not null)
                {
                    _out.Append(" requires ");
                    Print(node.D);
                }

                break;
            case ItaniumNodeKind.ForwardTemplateReference:
                if (!node.Printing)
                {
                    node.Printing = true;
                    PrintRight(node.A!);
                    node.Printing = false;
                }

                break;
            case ItaniumNodeKind.ParameterPack:
                InitializePackExpansion(node);
                if (_packIndex < node.List.Count)
                {
                    PrintRight(_ctx.At(node.List, (int)_packIndex));
                }

                break;
            case ItaniumNodeKind.TypeTemplateParamDecl:
                Print(node.A!);
                break;
            case ItaniumNodeKind.ConstrainedTypeTemplateParamDecl:
                Print(node.B!);
                break;
            case ItaniumNodeKind.NonTypeTemplateParamDecl:
                Print(node.A!);
                PrintRight(node.B!);
                break;
            case ItaniumNodeKind.TemplateTemplateParamDecl:
                Print(node.A!);
                if (node.B is not null)
                {
                    _out.Append(" requires ");
                    Print(node.B);
                }

                break;
        }
    }
}

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Printing of names, templates and declarations.</summary>
internal ref partial struct ItaniumPrinter
{
    private static readonly string[] ExpandedBaseNames = ["allocator", "basic_string", "basic_string", "basic_istream", "basic_ostream", "basic_iostream"];

    /// <summary>The name a constructor or destructor of this scope prints ("vector" for std::vector&lt;int&gt;).</summary>
    private ReadOnlySpan<char> BaseName(ItaniumNode node)
    {
        for (int guard = 0; guard < MaxPrintDepth; guard++)
        {
            switch (node.Kind)
            {
                case ItaniumNodeKind.Name:
                    return TextOf(node);
                case ItaniumNodeKind.NestedName or ItaniumNodeKind.QualifiedName or ItaniumNodeKind.ModuleEntity or ItaniumNodeKind.MemberLikeFriendName:
                    node = node.B!;
                    break;
                case ItaniumNodeKind.NameWithTemplateArgs or ItaniumNodeKind.AbiTagAttr or ItaniumNodeKind.GlobalQualifiedName:
                    node = node.A!;
                    break;
                case ItaniumNodeKind.ExpandedSpecialSubstitution:
                    return ExpandedBaseNames[node.Number];
                case ItaniumNodeKind.SpecialSubstitution:
                {
                    // The std::string/istream/... typedefs drop the "basic_" of their templates.
                    string name = ExpandedBaseNames[node.Number];
                    return node.Number >= 2 ? name.AsSpan("basic_".Length) : name;
                }

                default:
                    return default;
            }
        }

        return default;
    }

    private bool PrintLeftName(ItaniumNode node)
    {
        switch (node.Kind)
        {
            case ItaniumNodeKind.Name:
                _out.Append(TextOf(node));
                return true;
            case ItaniumNodeKind.SpecialName:
                _out.Append(node.Text!);
                Print(node.A!);
                return true;
            case ItaniumNodeKind.CtorVtableSpecialName:
                _out.Append("construction vtable for ");
                Print(node.B!);
                _out.Append("-in-");
                Print(node.A!);
                return true;
            case ItaniumNodeKind.DotSuffix:
                Print(node.A!);
                _out.Append(" (");
                _out.Append(Slice(node));
                _out.Append(')');
                return true;
            case ItaniumNodeKind.NestedName or ItaniumNodeKind.QualifiedName or ItaniumNodeKind.LocalName:
                Print(node.A!);
                _out.Append("::");
                Print(node.B!);
                return true;
            case ItaniumNodeKind.ModuleName:
                if (node.A is not null)
                {
                    Print(node.A);
                }

                if (node.A is not null || node.Flags == 1)
                {
                    _out.Append(node.Flags == 1 ? ':' : '.');
                }

                Print(node.B!);
                return true;
            case ItaniumNodeKind.ModuleEntity:
                Print(node.B!);
                _out.Append('@');
                Print(node.A!);
                return true;
            case ItaniumNodeKind.MemberLikeFriendName:
                Print(node.A!);
                _out.Append("::friend ");
                Print(node.B!);
                return true;
            case ItaniumNodeKind.GlobalQualifiedName:
                _out.Append("::");
                Print(node.A!);
                return true;
            case ItaniumNodeKind.AbiTagAttr:
                PrintLeft(node.A!);
                _out.Append("[abi:");
                _out.Append(Slice(node));
                _out.Append(']');
                return true;
            case ItaniumNodeKind.NameWithTemplateArgs:
                Print(node.A!);
                Print(node.B!);
                return true;
            case ItaniumNodeKind.TemplateArgs:
            {
                int saved = _gtIsGt;
                _gtIsGt = 0;
                _out.Append('<');
                // LLVM keeps a template-args requires-clause (node.A) but does not print it.
                PrintWithComma(node.List);
                _out.Append('>');
                _gtIsGt = saved;
                return true;
            }

            case ItaniumNodeKind.TemplateArgumentPack or ItaniumNodeKind.NodeArrayNode:
                PrintWithComma(node.List);
                return true;
            case ItaniumNodeKind.ParameterPack:
                InitializePackExpansion(node);
                if (_packIndex < node.List.Count)
                {
                    PrintLeft(_ctx.At(node.List, (int)_packIndex));
                }

                return true;
            case ItaniumNodeKind.ParameterPackExpansion:
                PrintPackExpansion(node.A!);
                return true;
            case ItaniumNodeKind.ForwardTemplateReference:
                if (!node.Printing)
                {
                    node.Printing = true;
                    PrintLeft(node.A!);
                    node.Printing = false;
                }

                return true;
            case ItaniumNodeKind.SpecialSubstitution:
                _out.Append("std::");
                _out.Append(BaseName(node));
                return true;
            case ItaniumNodeKind.ExpandedSpecialSubstitution:
                _out.Append("std::");
                _out.Append(ExpandedBaseNames[node.Number]);
                if (node.Number >= 2)
                {
                    _out.Append("<char, std::char_traits<char>");
                    if (node.Number == 2)
                    {
                        _out.Append(", std::allocator<char>");
                    }

                    _out.Append('>');
                }

                return true;
            case ItaniumNodeKind.CtorDtorName:
                if (node.Flags == 1)
                {
                    _out.Append('~');
                }

                _out.Append(BaseName(node.A!));
                return true;
            case ItaniumNodeKind.DtorName:
                _out.Append('~');
                PrintLeft(node.A!);
                return true;
            case ItaniumNodeKind.UnnamedTypeName:
                _out.Append("'unnamed");
                _out.Append(Slice(node));
                _out.Append('\'');
                return true;
            case ItaniumNodeKind.ClosureTypeName:
                _out.Append("'lambda");
                _out.Append(Slice(node));
                _out.Append('\'');
                PrintClosureDeclarator(node);
                return true;
            case ItaniumNodeKind.StructuredBindingName:
                _out.Append('[');
                PrintWithComma(node.List);
                _out.Append(']');
                return true;
            case ItaniumNodeKind.LiteralOperator:
                _out.Append("operator\"\" ");
                Print(node.A!);
                return true;
            case ItaniumNodeKind.ConversionOperatorType:
                _out.Append("operator ");
                Print(node.A!);
                return true;
            case ItaniumNodeKind.SyntheticTemplateParamName:
                _out.Append(node.Flags switch { 0 => "$T", 1 => "$N", _ => "$TT" });
                if (node.Number > 0)
                {
                    _out.Append(node.Number - 1);
                }

                return true;
            case ItaniumNodeKind.TypeTemplateParamDecl:
                _out.Append("typename ");
                return true;
            case ItaniumNodeKind.ConstrainedTypeTemplateParamDecl:
                Print(node.A!);
                _out.Append(' ');
                return true;
            case ItaniumNodeKind.NonTypeTemplateParamDecl:
                PrintLeft(node.B!);
                if (!HasRhs(node.B!))
                {
                    _out.Append(' ');
                }

                return true;
            case ItaniumNodeKind.TemplateTemplateParamDecl:
            {
                int saved = _gtIsGt;
                _gtIsGt = 0;
                _out.Append("template<");
                PrintWithComma(node.List);
                _out.Append("> typename ");
                _gtIsGt = saved;
                return true;
            }

            case ItaniumNodeKind.TemplateParamPackDecl:
                PrintLeft(node.A!);
                _out.Append("...");
                return true;
            case ItaniumNodeKind.TemplateParamQualifiedArg:
                Print(node.B!);
                return true;
            case ItaniumNodeKind.EnableIfAttr:
                _out.Append(" [enable_if:");
                PrintWithComma(node.List);
                _out.Append(']');
                return true;
            case ItaniumNodeKind.ExplicitObjectParameter:
                _out.Append("this ");
                Print(node.A!);
                return true;
            case ItaniumNodeKind.FunctionEncoding:
                if (node.A is not null)
                {
                    PrintLeft(node.A);
                    if (!HasRhs(node.A))
                    {
                        _out.Append(' ');
                    }
                }

                Print(node.B!);
                return true;
            default:
                return false;
        }
    }
}

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Printing of types: the left half and the right half around the declarator.</summary>
internal ref partial struct ItaniumPrinter
{
    private bool PrintLeftType(ItaniumNode node)
    {
        switch (node.Kind)
        {
            case ItaniumNodeKind.QualType:
                PrintLeft(node.A!);
                PrintQualifiers(ref _out, node.Flags);
                return true;
            case ItaniumNodeKind.VendorExtQualType:
                Print(node.A!);
                _out.Append(' ');
                _out.Append(Slice(node));
                if (node.B is not null)
                {
                    Print(node.B);
                }

                return true;
            case ItaniumNodeKind.ObjCProtoName:
                Print(node.A!);
                _out.Append('<');
                _out.Append(Slice(node));
                _out.Append('>');
                return true;
            case ItaniumNodeKind.PointerType:
            {
                var pointee = node.A!;
                if (IsObjCObject(pointee))
                {
                    // objc_object<Protocol>* is written id<Protocol>.
                    _out.Append("id<");
                    _out.Append(Slice(pointee));
                    _out.Append('>');
                    return true;
                }

                PrintLeft(pointee);
                bool array = HasArray(pointee);
                if (array)
                {
                    _out.Append(' ');
                }

                if (array || HasFunction(pointee))
                {
                    _out.Append('(');
                }

                _out.Append('*');
                return true;
            }

            case ItaniumNodeKind.ReferenceType:
            {
                if (node.Printing)
                {
                    return true;
                }

                node.Printing = true;
                var (kind, target) = Collapse(node);
                if (target is not null)
                {
                    PrintLeft(target);
                    bool array = HasArray(target);
                    if (array)
                    {
                        _out.Append(' ');
                    }

                    if (array || HasFunction(target))
                    {
                        _out.Append('(');
                    }

                    _out.Append(kind == 0 ? "&" : "&&");
                }

                node.Printing = false;
                return true;
            }

            case ItaniumNodeKind.PointerToMemberType:
            {
                var member = node.B!;
                PrintLeft(member);
                _out.Append(HasArray(member) || HasFunction(member) ? "(" : " ");
                Print(node.A!);
                _out.Append("::*");
                return true;
            }

            case ItaniumNodeKind.ArrayType:
                PrintLeft(node.A!);
                return true;
            case ItaniumNodeKind.FunctionType:
                PrintLeft(node.A!);
                _out.Append(' ');
                return true;
            case ItaniumNodeKind.NoexceptSpec:
                _out.Append("noexcept");
                OpenParen();
                Print(node.A!);
                CloseParen();
                return true;
            case ItaniumNodeKind.DynamicExceptionSpec:
                _out.Append("throw");
                OpenParen();
                PrintWithComma(node.List);
                CloseParen();
                return true;
            case ItaniumNodeKind.VectorType:
                Print(node.A!);
                _out.Append(" vector[");
                if (node.B is not null)
                {
                    Print(node.B);
                }

                _out.Append(']');
                return true;
            case ItaniumNodeKind.PixelVectorType:
                _out.Append("pixel vector[");
                Print(node.B!);
                _out.Append(']');
                return true;
            case ItaniumNodeKind.BinaryFPType:
                _out.Append("_Float");
                Print(node.A!);
                if (node.Flags == 1)
                {
                    _out.Append('x');
                }

                return true;
            case ItaniumNodeKind.BitIntType:
                if (node.Flags == 0)
                {
                    _out.Append("unsigned ");
                }

                _out.Append("_BitInt");
                OpenParen();
                Print(node.A!);
                CloseParen();
                return true;
            case ItaniumNodeKind.PostfixQualifiedType:
                Print(node.A!);
                _out.Append(node.Text!);
                return true;
            case ItaniumNodeKind.ElaboratedTypeSpefType:
                _out.Append(node.Text!);
                _out.Append(' ');
                Print(node.A!);
                return true;
            case ItaniumNodeKind.TransformedType:
                _out.Append(Slice(node));
                _out.Append('(');
                Print(node.A!);
                _out.Append(')');
                return true;
            default:
                return false;
        }
    }

    private bool IsObjCObject(ItaniumNode node)
        => node.Kind == ItaniumNodeKind.ObjCProtoName && node.A is { Kind: ItaniumNodeKind.Name } inner && TextOf(inner).SequenceEqual("objc_object");

    /// <summary>Reference collapsing ([dcl.ref]): T&amp; &amp;&amp; is T&amp;; null when references loop.</summary>
    private (int Kind, ItaniumNode? Target) Collapse(ItaniumNode reference)
    {
        int kind = reference.Flags;
        var target = reference.A!;
        for (int steps = 0; ; steps++)
        {
            var syntax = SyntaxNode(target);
            if (syntax.Kind != ItaniumNodeKind.ReferenceType)
            {
                return (kind, target);
            }

            if (steps > MaxPrintDepth)
            {
                return (kind, null);
            }

            target = syntax.A!;
            kind = Math.Min(kind, syntax.Flags);
        }
    }
}

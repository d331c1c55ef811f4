using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>Structural types: tuples, packs, metatypes, existentials, SIL boxes, sugar and opaque types.</summary>
internal sealed partial class SwiftPrinter
{
    private void PrintOther(SwiftNode node, int depth)
    {
        if (PrintConformance(node, depth) || PrintWitness(node, depth))
        {
            return;
        }

        switch (node.Kind)
        {
            case K.Tuple:
                Append('(');
                PrintChildren(node, depth, ", ");
                Append(')');
                break;
            case K.TupleElement:
                if (node.Find(K.TupleElementName) is { } label)
                {
                    Append(label.TextSpan);
                    Append(": ");
                }

                if (node.Find(K.Type) is not { } type)
                {
                    Invalid();
                    break;
                }

                Print(type, depth + 1);
                if (node.Find(K.VariadicMarker) is not null)
                {
                    Append("...");
                }

                break;
            case K.TupleElementName:
                Append(node.TextSpan);
                Append(": ");
                break;
            case K.Pack:
                Append("Pack{");
                PrintChildren(node, depth, ", ");
                Append('}');
                break;
            case K.SILPackDirect or K.SILPackIndirect:
                Append(node.Kind == K.SILPackDirect ? "@direct Pack{" : "@indirect Pack{");
                PrintChildren(node, depth, ", ");
                Append('}');
                break;
            case K.PackElement:
                Append("/* level: ");
                Append(node.Child(1).Index);
                Append(" */ each ");
                Print(node.First, depth + 1);
                break;
            case K.ReturnType:
                if (node.Count == 0)
                {
                    Append(node.TextSpan);
                }
                else
                {
                    PrintChildren(node, depth);
                }

                break;
            case K.BuiltinFixedArray:
                Append("Builtin.FixedArray<");
                Parts(node, depth, 0, ", ", 1);
                Append('>');
                break;
            case K.Metatype or K.ExistentialMetatype:
                PrintMetatype(node, depth);
                break;
            case K.ConstrainedExistential:
                Append("any ");
                Print(node.First, depth + 1);
                Append('<');
                Print(node.Child(1), depth + 1);
                Append('>');
                break;
            case K.ConstrainedExistentialRequirementList:
                PrintChildren(node, depth, ", ");
                break;
            case K.AssociatedTypeRef:
                Print(node.First, depth + 1);
                Append('.');
                Append(node.Child(1).TextSpan);
                break;
            case K.ProtocolList or K.ProtocolListWithClass or K.ProtocolListWithAnyObject:
                PrintProtocolList(node, depth);
                break;
            case K.DifferentiableFunctionType:
                Append("@differentiable");
                Append(DifferentiabilitySuffix(node.Index));
                Append(' ');
                break;
            case K.GlobalActorFunctionType:
                if (node.Count > 0)
                {
                    Append('@');
                    Print(node.First, depth + 1);
                    Append(' ');
                }

                break;
            case K.TypedThrowsAnnotation:
                Append(" throws(");
                if (node.Count == 1)
                {
                    Print(node.First, depth + 1);
                }

                Append(')');
                break;
            case K.SILBoxTypeWithLayout or K.SILBoxLayout or K.SILBoxMutableField or K.SILBoxImmutableField:
                PrintSILBox(node, depth);
                break;
            case K.AssocTypePath:
                PrintChildren(node, depth, ".");
                break;
            case K.AssociatedTypeGenericParamRef:
                Append("generic parameter reference for associated type ");
                PrintChildren(node, depth);
                break;
            case K.SugaredOptional:
                PrintWithParens(node.First, depth);
                Append('?');
                break;
            case K.SugaredArray:
                Append('[');
                Print(node.First, depth + 1);
                Append(']');
                break;
            case K.SugaredInlineArray:
                Append('[');
                Parts(node, depth, 0, " of ", 1);
                Append(']');
                break;
            case K.SugaredDictionary:
                Append('[');
                Parts(node, depth, 0, " : ", 1);
                Append(']');
                break;
            case K.SugaredParen:
                Append('(');
                Print(node.First, depth + 1);
                Append(')');
                break;
            case K.OpaqueReturnTypeOf:
                Append("<<opaque return type of ");
                PrintChildren(node, depth);
                Append(">>");
                break;
            case K.OpaqueType:
                Parts(node, depth, 0, ".", 1);
                break;
            case K.ExtendedExistentialTypeShape:
                // Swift reads the signature from child 1 and the type from child 2 when there are two children.
                Append("existential shape for ");
                if (node.Count == 2)
                {
                    Print(node.Child(1), depth + 1);
                    Append(' ');
                }

                Append("any ");
                Print(node.Child(node.Count == 2 ? 2 : 1), depth + 1);
                break;
            default:
                // Kinds Swift's printer only prints inside their parents, or does not print at all.
                Invalid();
                break;
        }
    }

    private static string DifferentiabilitySuffix(ulong kind) => kind switch
    {
        'f' => "(_forward)",
        'r' => "(reverse)",
        'l' => "(_linear)",
        _ => "",
    };

    private void PrintMetatype(SwiftNode node, int depth)
    {
        int index = 0;
        if (node.Count == 2)
        {
            Print(node.First, depth + 1);
            Append(' ');
            index = 1;
        }

        if (node.Kind == K.ExistentialMetatype)
        {
            Print(node.Child(index), depth + 1);
            Append(".Type");
            return;
        }

        var type = node.Child(index).First;
        PrintWithParens(type, depth);
        Append(type.Kind is K.ExistentialMetatype or K.ProtocolList or K.ProtocolListWithClass
            or K.ProtocolListWithAnyObject ? ".Protocol" : ".Type");
    }

    private void PrintProtocolList(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.ProtocolList:
                var list = node.First;
                if (list.Count == 0)
                {
                    Append("Any");
                }
                else
                {
                    PrintChildren(list, depth, " & ");
                }

                break;
            case K.ProtocolListWithClass:
                if (node.Count < 2)
                {
                    break;
                }

                Print(node.Child(1), depth + 1);
                Append(" & ");
                if (node.First.Count >= 1)
                {
                    PrintChildren(node.First.First, depth, " & ");
                }

                break;
            default:
                if (node.Count < 1 || node.First.Count < 1)
                {
                    break;
                }

                var protocols = node.First.First;
                if (protocols.Count > 0)
                {
                    PrintChildren(protocols, depth, " & ");
                    Append(" & ");
                }

                Append("Swift.AnyObject");
                break;
        }
    }

    private void PrintSILBox(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.SILBoxTypeWithLayout:
                SwiftNode? arguments = null;
                if (node.Count == 3)
                {
                    Print(node.Child(1), depth + 1);
                    Append(' ');
                    arguments = node.Child(2);
                }

                Print(node.First, depth + 1);
                if (arguments is not null)
                {
                    Append(" <");
                    PrintChildren(arguments, depth, ", ");
                    Append('>');
                }

                break;
            case K.SILBoxLayout:
                Append('{');
                for (int i = 0; i < node.Count; i++)
                {
                    Append(i > 0 ? ", " : " ");
                    Print(node.Child(i), depth + 1);
                }

                Append(" }");
                break;
            default:
                Append(node.Kind == K.SILBoxImmutableField ? "let " : "var ");
                Print(node.First, depth + 1);
                break;
        }
    }
}

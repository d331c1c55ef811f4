using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Contexts and names (extensions, anonymous contexts, local and private names, macro source
/// locations), protocol conformances, and the witnesses and descriptors that name several parts.
/// </summary>
internal sealed partial class SwiftPrinter
{
    private void PrintContextNode(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.Extension:
                Append("(extension in ");
                Print(node.First, depth + 1, asPrefixContext: true);
                Append("):");
                Print(node.Child(1), depth + 1);
                if (node.Count == 3)
                {
                    Print(node.Child(2), depth + 1);
                }

                break;
            case K.AnonymousContext:
                Print(node.Child(1), depth + 1);
                Append(".(unknown context at ");
                Print(node.First, depth + 1);
                Append(')');
                if (node.Count >= 3 && node.Child(2).Count > 0)
                {
                    Append('<');
                    Print(node.Child(2), depth + 1);
                    Append('>');
                }

                break;
            case K.LocalDeclName:
                Print(node.Child(1), depth + 1);
                Append(" #");
                Append(node.First.Index + 1);
                break;
            case K.PrivateDeclName:
                if (node.Count > 1)
                {
                    Append('(');
                    Print(node.Child(1), depth + 1);
                    Append(" in ");
                    Append(node.First.TextSpan);
                    Append(')');
                }
                else
                {
                    Append("(in ");
                    Append(node.First.TextSpan);
                    Append(')');
                }

                break;
            case K.RelatedEntityDeclName:
                Append("related decl '");
                Append(node.First.TextSpan);
                Append("' for ");
                Print(node.Child(1), depth + 1);
                break;
            case K.MacroExpansionLoc:
                string[] labels = ["module ", " file ", " line ", " column "];
                for (int i = 0; i < labels.Length && i < node.Count; i++)
                {
                    Append(labels[i]);
                    Print(node.Child(i), depth + 1);
                }

                break;
            default:
                // A protocol conformance: "Type : Protocol in Module" (four children: a property behavior).
                if (node.Count == 4)
                {
                    Append("property behavior storage of ");
                    Print(node.Child(2), depth + 1);
                    Append(" in ");
                    Print(node.First, depth + 1);
                    Append(" : ");
                    Print(node.Child(1), depth + 1);
                }
                else
                {
                    Print(node.First, depth + 1);
                    Append(" : ");
                    Print(node.Child(1), depth + 1);
                    Append(" in ");
                    Print(node.Child(2), depth + 1);
                }

                break;
        }
    }

    /// <summary>Conformance nodes of the current mangling (concrete, pack, dependent, conformance refs).</summary>
    private bool PrintConformance(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.AnyProtocolConformanceList:
                if (node.Count > 0)
                {
                    Append('(');
                    PrintChildren(node, depth, ", ");
                    Append(')');
                }

                return true;
            case K.ConcreteProtocolConformance:
                Append("concrete protocol conformance ");
                if (node.HasIndex)
                {
                    Append('#');
                    Append(node.Index);
                    Append(' ');
                }

                Print(node.First, depth + 1);
                Append(" to ");
                Print(node.Child(1), depth + 1);
                if (node.Count > 2 && node.Child(2).Count > 0)
                {
                    Append(" with conditional requirements: ");
                    Print(node.Child(2), depth + 1);
                }

                return true;
            case K.PackProtocolConformance:
                Append("pack protocol conformance ");
                PrintChildren(node, depth);
                return true;
            case K.DependentAssociatedConformance:
                Append("dependent associated conformance ");
                PrintChildren(node, depth);
                return true;
            case K.DependentProtocolConformanceAssociated:
            case K.DependentProtocolConformanceInherited:
            case K.DependentProtocolConformanceRoot:
                Append(node.Kind switch
                {
                    K.DependentProtocolConformanceAssociated => "dependent associated protocol conformance ",
                    K.DependentProtocolConformanceInherited => "dependent inherited protocol conformance ",
                    _ => "dependent root protocol conformance ",
                });
                var index = node.Child(2);
                if (index.Kind is not (K.Index or K.UnknownIndex))
                {
                    Invalid();
                    return true;
                }

                if (index.HasIndex)
                {
                    Append('#');
                    Append(index.Index);
                    Append(' ');
                }

                Print(node.First, depth + 1);
                Append(" to ");
                Print(node.Child(1), depth + 1);
                return true;
            case K.DependentProtocolConformanceOpaque:
                Append("opaque result conformance ");
                Print(node.First, depth + 1);
                Append(" of ");
                Print(node.Child(1), depth + 1);
                return true;
            case K.ProtocolConformanceRefInTypeModule:
                Append("protocol conformance ref (type's module) ");
                PrintChildren(node, depth);
                return true;
            case K.ProtocolConformanceRefInProtocolModule:
                Append("protocol conformance ref (protocol's module) ");
                PrintChildren(node, depth);
                return true;
            case K.ProtocolConformanceRefInOtherModule:
                Append("protocol conformance ref (retroactive) ");
                PrintChildren(node, depth);
                return true;
            case K.RetroactiveConformance:
                if (node.Count == 2)
                {
                    Append("retroactive @ ");
                    Print(node.First, depth + 1);
                    Print(node.Child(1), depth + 1);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Witness tables and descriptors that name a conformance or protocol together with something else.</summary>
    private bool PrintWitness(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.LazyProtocolWitnessTableAccessor or K.LazyProtocolWitnessTableCacheVariable:
                Append(node.Kind == K.LazyProtocolWitnessTableAccessor
                    ? "lazy protocol witness table accessor for type "
                    : "lazy protocol witness table cache variable for type ");
                Parts(node, depth, 0, " and conformance ", 1);
                return true;
            case K.AssociatedConformanceDescriptor or K.DefaultAssociatedConformanceAccessor:
                Append(node.Kind == K.AssociatedConformanceDescriptor
                    ? "associated conformance descriptor for "
                    : "default associated conformance accessor for ");
                Parts(node, depth, 0, ".", 1);
                Append(": ");
                Print(node.Child(2), depth + 1);
                return true;
            case K.AssociatedTypeMetadataAccessor:
                Append("associated type metadata accessor for ");
                Parts(node, depth, 1, " in ", 0);
                return true;
            case K.BaseConformanceDescriptor:
                Append("base conformance descriptor for ");
                Parts(node, depth, 0, ": ", 1);
                return true;
            case K.AssociatedTypeWitnessTableAccessor:
                Append("associated type witness table accessor for ");
                Parts(node, depth, 1, " : ", 2);
                Append(" in ");
                Print(node.First, depth + 1);
                return true;
            case K.BaseWitnessTableAccessor:
                Append("base witness table accessor for ");
                Parts(node, depth, 1, " in ", 0);
                return true;
            case K.ValueWitness:
                if (SwiftValueWitness.Name(node.First.Index) is not { } name)
                {
                    Invalid();
                    return true;
                }

                Append(name);
                Append(" value witness for ");
                Print(node.Child(1), depth + 1);
                return true;
            case K.FieldOffset:
                Print(node.First, depth + 1);
                Append("field offset for ");
                Print(node.Child(1), depth + 1);
                return true;
            case K.Directness:
                Append(node.Index switch { 0 => "direct ", 1 => "indirect ", _ => "" });
                _invalid |= node.Index > 1;
                return true;
            case K.GlobalVariableOnceToken or K.GlobalVariableOnceFunction:
                Append(node.Kind == K.GlobalVariableOnceToken
                    ? "one-time initialization token for "
                    : "one-time initialization function for ");
                Print(node.Child(1), depth + 1);
                return true;
            case K.GlobalVariableOnceDeclList:
                if (node.Count == 1)
                {
                    Print(node.First, depth + 1);
                }
                else
                {
                    Append('(');
                    PrintChildren(node, depth, ", ");
                    Append(')');
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Child <paramref name="first"/>, <paramref name="between"/>, child <paramref name="second"/>.</summary>
    private void Parts(SwiftNode node, int depth, int first, string between, int second)
    {
        Print(node.Child(first), depth + 1);
        Append(between);
        Print(node.Child(second), depth + 1);
    }
}

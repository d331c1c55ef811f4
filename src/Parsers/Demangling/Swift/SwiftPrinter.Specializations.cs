using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Specializations: "generic specialization &lt;Swift.Int&gt; of ..." and "function signature
/// specialization &lt;Arg[0] = Dead, ...&gt; of ...". Constant-propagated functions and globals are
/// symbol names and are demangled where they appear, as Swift's printer does.
/// </summary>
internal sealed partial class SwiftPrinter
{
    private void PrintSpecializationNode(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.FunctionSignatureSpecialization:
                PrintSpecializationPrefix(node, "function signature specialization", depth);
                break;
            case K.GenericPartialSpecialization:
                PrintSpecializationPrefix(node, "generic partial specialization", depth, "Signature = ");
                break;
            case K.GenericPartialSpecializationNotReAbstracted:
                PrintSpecializationPrefix(node, "generic not-reabstracted partial specialization", depth, "Signature = ");
                break;
            case K.GenericSpecialization or K.GenericSpecializationInResilienceDomain:
                PrintSpecializationPrefix(node, "generic specialization", depth);
                break;
            case K.GenericSpecializationPrespecialized:
                PrintSpecializationPrefix(node, "generic pre-specialization", depth);
                break;
            case K.GenericSpecializationNotReAbstracted:
                PrintSpecializationPrefix(node, "generic not re-abstracted specialization", depth);
                break;
            case K.InlinedGenericFunction:
                PrintSpecializationPrefix(node, "inlined generic function", depth);
                break;
            case K.DroppedArgument:
                Append("param");
                Append(node.Index);
                Append("-removed");
                break;
            case K.GenericSpecializationParam:
                Print(node.First, depth + 1);
                for (int i = 1; i < node.Count; i++)
                {
                    Append(i == 1 ? " with " : " and ");
                    Print(node.Child(i), depth + 1);
                }

                break;
            case K.FunctionSignatureSpecializationParamPayload:
                PrintSymbolName(node.TextSpan);
                break;
            default:
                PrintSpecParamKind(node.Index);
                break;
        }
    }

    private void PrintSpecializationPrefix(SwiftNode node, string description, int depth, string parameterPrefix = "")
    {
        Append(description);
        Append(" <");
        string separator = "";
        int argument = 0;
        for (int i = 0; i < node.Count; i++)
        {
            var child = node.Child(i);
            switch (child.Kind)
            {
                case K.SpecializationPassID or K.DroppedArgument:
                    // Nothing a reader needs.
                    break;
                case K.IsSerialized:
                    Append(separator);
                    separator = ", ";
                    Print(child, depth + 1);
                    break;
                default:
                    // Parameters that were left as they were print nothing but still count.
                    if (child.Count > 0)
                    {
                        Append(separator);
                        Append(parameterPrefix);
                        separator = ", ";
                        if (child.Kind == K.FunctionSignatureSpecializationParam)
                        {
                            Append("Arg[");
                            Append((ulong)argument);
                            Append("] = ");
                            PrintFunctionSignatureParams(child, depth);
                        }
                        else if (child.Kind == K.FunctionSignatureSpecializationReturn)
                        {
                            Append("Return = ");
                            PrintFunctionSignatureParams(child, depth);
                        }
                        else
                        {
                            Print(child, depth + 1);
                        }
                    }

                    argument++;
                    break;
            }
        }

        Append("> of ");
    }

    /// <summary>What was done to one parameter: its kind (or flags) and the payloads that kind has.</summary>
    private void PrintFunctionSignatureParams(SwiftNode node, int depth)
    {
        int index = 0;
        int end = node.Count;
        while (index < end)
        {
            switch (node.Child(index).Index)
            {
                case SwiftSpecParamKind.BoxToValue or SwiftSpecParamKind.BoxToStack or SwiftSpecParamKind.InOutToOut:
                    Print(node.Child(index++), depth + 1);
                    break;
                case SwiftSpecParamKind.ConstantPropFunction or SwiftSpecParamKind.ConstantPropGlobal:
                    if (index + 2 > end)
                    {
                        return;
                    }

                    Append('[');
                    Print(node.Child(index++), depth + 1);
                    Append(" : ");
                    PrintSymbolName(node.Child(index++).TextSpan);
                    Append(']');
                    break;
                case SwiftSpecParamKind.ConstantPropInteger or SwiftSpecParamKind.ConstantPropFloat:
                    if (index + 2 > end)
                    {
                        return;
                    }

                    Append('[');
                    Parts(node, depth, index, " : ", index + 1);
                    index += 2;
                    Append(']');
                    break;
                case SwiftSpecParamKind.ConstantPropString:
                    if (index + 3 > end)
                    {
                        return;
                    }

                    Append('[');
                    Parts(node, depth, index, " : ", index + 1);
                    Append('\'');
                    Print(node.Child(index + 2), depth + 1);
                    Append("']");
                    index += 3;
                    break;
                case SwiftSpecParamKind.ConstantPropKeyPath:
                    if (index + 4 > end)
                    {
                        return;
                    }

                    Append('[');
                    Parts(node, depth, index, " : ", index + 1);
                    Append('<');
                    Parts(node, depth, index + 2, ",", index + 3);
                    Append(">]");
                    index += 4;
                    break;
                case SwiftSpecParamKind.ClosureProp:
                    if (index + 2 > end)
                    {
                        return;
                    }

                    Append('[');
                    Parts(node, depth, index, " : ", index + 1);
                    index += 2;
                    Append(", Argument Types : [");
                    while (index < end && node.Child(index).Kind == K.Type)
                    {
                        Print(node.Child(index++), depth + 1);
                        if (index < end && node.Child(index).HasText)
                        {
                            Append(", ");
                        }
                    }

                    Append(']');
                    break;
                default:
                    Print(node.Child(index++), depth + 1);
                    break;
            }
        }
    }

    private void PrintSpecParamKind(ulong raw)
    {
        // The flags combine ("Dead and Owned To Guaranteed"); "Exploded" ends the list.
        (ulong Flag, string Text)[] flags =
        [
            (SwiftSpecParamKind.ExistentialToGeneric, "Existential To Protocol Constrained Generic"),
            (SwiftSpecParamKind.Dead, "Dead"),
            (SwiftSpecParamKind.OwnedToGuaranteed, "Owned To Guaranteed"),
            (SwiftSpecParamKind.GuaranteedToOwned, "Guaranteed To Owned"),
            (SwiftSpecParamKind.Sroa, "Exploded"),
        ];
        bool printed = false;
        foreach (var (flag, text) in flags)
        {
            if ((raw & flag) != 0)
            {
                Append(printed ? " and " : "");
                Append(text);
                printed = true;
            }
        }

        if (printed)
        {
            return;
        }

        Append(raw switch
        {
            SwiftSpecParamKind.BoxToValue => "Value Promoted from Box",
            SwiftSpecParamKind.BoxToStack => "Stack Promoted from Box",
            SwiftSpecParamKind.InOutToOut => "InOut Converted to Out",
            SwiftSpecParamKind.ConstantPropFunction => "Constant Propagated Function",
            SwiftSpecParamKind.ConstantPropGlobal => "Constant Propagated Global",
            SwiftSpecParamKind.ConstantPropInteger => "Constant Propagated Integer",
            SwiftSpecParamKind.ConstantPropFloat => "Constant Propagated Float",
            SwiftSpecParamKind.ConstantPropString => "Constant Propagated String",
            SwiftSpecParamKind.ConstantPropKeyPath => "Constant Propagated KeyPath",
            SwiftSpecParamKind.ClosureProp => "Closure Propagated",
            _ => "",
        });
    }

    /// <summary>
    /// A symbol name inside a symbol: demangled (with Swift's library defaults, so without sugar) when it
    /// is a Swift symbol, else as it is. Nesting is bounded: past <see cref="SwiftContext.MaxNesting"/>
    /// the name prints as it is.
    /// </summary>
    private void PrintSymbolName(ReadOnlySpan<char> name)
    {
        int start = _buffer.Length;
        if (_nesting >= SwiftContext.MaxNesting || !SwiftDemangler.TryDemangle(name, _buffer, _nesting + 1, sugar: false))
        {
            _buffer.Length = start;
            Append(name);
        }

        // Past the budget for embedded names, give the whole name up rather than print it half demangled.
        _invalid |= SwiftContext.Peek(0).Exhausted;
    }
}

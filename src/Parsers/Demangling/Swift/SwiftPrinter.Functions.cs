using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Function types: the attributes before the parameters (convention, differentiability, isolation,
/// Sendable), the parameters with their labels, then async, throws and the result; and SIL function
/// types, which list conventions with every parameter and result.
/// </summary>
internal sealed partial class SwiftPrinter
{
    private void PrintFunctionType(SwiftNode? labels, SwiftNode node, int depth)
    {
        if (node.Count < 2)
        {
            Invalid();
            return;
        }

        switch (node.Kind)
        {
            case K.FunctionType or K.UncurriedFunctionType or K.NoEscapeFunctionType:
                break;
            case K.AutoClosureType or K.EscapingAutoClosureType:
                Append("@autoclosure ");
                break;
            case K.ThinFunctionType:
                Append("@convention(thin) ");
                break;
            case K.CFunctionPointer:
                PrintConvention("c", node, depth);
                break;
            case K.EscapingObjCBlock or K.ObjCBlock:
                if (node.Kind == K.EscapingObjCBlock)
                {
                    Append("@escaping ");
                }

                PrintConvention("block", node, depth);
                break;
            default:
                Invalid();
                return;
        }

        // The annotations come in the order the parser added them (the reverse of the mangling).
        int argumentIndex = node.Count - 2;
        int start = 0;
        if (node.Child(start).Kind == K.ClangType)
        {
            start++;
        }

        bool sendingResult = node.Child(start).Kind == K.SendingResultFunctionType;
        start += sendingResult ? 1 : 0;
        if (node.Child(start).Kind == K.IsolatedAnyFunctionType)
        {
            Print(node.Child(start++), depth + 1);
        }

        SwiftNode? nonIsolatedCaller = null;
        if (node.Child(start).Kind == K.NonIsolatedCallerFunctionType)
        {
            nonIsolatedCaller = node.Child(start++);
        }

        if (node.Child(start).Kind == K.GlobalActorFunctionType)
        {
            Print(node.Child(start++), depth + 1);
        }

        ulong differentiability = 0;
        if (node.Child(start).Kind == K.DifferentiableFunctionType)
        {
            differentiability = node.Child(start++).Index;
        }

        SwiftNode? thrown = null;
        if (SwiftNodeKinds.IsThrows(node.Child(start).Kind))
        {
            thrown = node.Child(start++);
        }

        bool sendable = node.Child(start).Kind == K.ConcurrentFunctionType;
        start += sendable ? 1 : 0;
        bool isAsync = node.Child(start).Kind == K.AsyncAnnotation;

        if (differentiability != 0)
        {
            Append("@differentiable");
            Append(DifferentiabilitySuffix(differentiability));
            Append(' ');
        }

        if (nonIsolatedCaller is not null)
        {
            Print(nonIsolatedCaller, depth + 1);
        }

        if (sendable)
        {
            Append("@Sendable ");
        }

        PrintFunctionParameters(labels, node.Child(argumentIndex), depth);
        if (isAsync)
        {
            Append(" async");
        }

        if (thrown is not null)
        {
            Print(thrown, depth + 1);
        }

        Append(" -> ");
        if (sendingResult)
        {
            Append("sending ");
        }

        Print(node.Child(argumentIndex + 1), depth + 1);
    }

    /// <summary>"@convention(c) " or with the mangled C type when there is one.</summary>
    private void PrintConvention(string convention, SwiftNode node, int depth)
    {
        Append("@convention(");
        Append(convention);
        if (node.First.Kind == K.ClangType)
        {
            Append(", mangledCType: \"");
            Print(node.First, depth + 1);
            Append('"');
        }

        Append(") ");
    }

    private void PrintFunctionParameters(SwiftNode? labels, SwiftNode parameterType, int depth)
    {
        if (parameterType.Kind != K.ArgumentTuple)
        {
            Invalid();
            return;
        }

        var parameters = parameterType.First.First;
        if (parameters.Kind != K.Tuple)
        {
            // A single parameter without a name.
            Append('(');
            Print(parameters, depth + 1);
            Append(')');
            return;
        }

        bool hasLabels = labels is not null && labels.Count > 0;
        Append('(');
        for (int i = 0; i < parameters.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }

            if (hasLabels)
            {
                var label = labels!.Child(i);
                if (label.Kind is not (K.Identifier or K.FirstElementMarker))
                {
                    Invalid();
                    return;
                }

                Append(label.Kind == K.Identifier ? label.TextSpan : "_");
                Append(": ");
            }

            Print(parameters.Child(i), depth + 1);
        }

        Append(')');
    }

    private void PrintImplFunctionType(SwiftNode function, int depth)
    {
        SwiftNode? patternSubstitutions = null;
        SwiftNode? invocationSubstitutions = null;
        SwiftNode? sendingResult = null;

        // Attributes, then "(" parameters ") -> (" results ")".
        int state = 0;
        for (int i = 0; i < function.Count; i++)
        {
            var child = function.Child(i);
            switch (child.Kind)
            {
                case K.ImplParameter:
                    if (state == 1)
                    {
                        Append(", ");
                    }

                    MoveTo(1);
                    Print(child, depth + 1);
                    break;
                case K.ImplResult or K.ImplYield or K.ImplErrorResult:
                    if (state == 2)
                    {
                        Append(", ");
                    }

                    MoveTo(2);
                    Print(child, depth + 1);
                    break;
                case K.ImplPatternSubstitutions:
                    patternSubstitutions = child;
                    break;
                case K.ImplInvocationSubstitutions:
                    invocationSubstitutions = child;
                    break;
                case K.ImplSendingResult:
                    sendingResult = child;
                    break;
                default:
                    Print(child, depth + 1);
                    Append(' ');
                    break;
            }
        }

        MoveTo(2);
        Append(')');
        if (patternSubstitutions is not null)
        {
            Append(" for <");
            PrintChildren(patternSubstitutions.Child(1), depth);
            Append('>');
        }

        if (invocationSubstitutions is not null)
        {
            Append(" for <");
            PrintChildren(invocationSubstitutions.First, depth);
            Append('>');
        }

        void MoveTo(int target)
        {
            for (; state < target; state++)
            {
                if (state == 0)
                {
                    if (patternSubstitutions is not null)
                    {
                        Append("@substituted ");
                        Print(patternSubstitutions.First, depth + 1);
                        Append(' ');
                    }

                    Append('(');
                }
                else
                {
                    Append(") -> ");
                    if (sendingResult is not null)
                    {
                        Print(sendingResult, depth + 1);
                        Append(' ');
                    }

                    Append('(');
                }
            }
        }
    }

    private void PrintImplNode(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.ImplParameter or K.ImplResult:
                // Convention, then differentiability and sending when present, then the type.
                Print(node.First, depth + 1);
                Append(' ');
                if (node.Count == 3)
                {
                    Print(node.Child(1), depth + 1);
                }
                else if (node.Count == 4)
                {
                    Print(node.Child(1), depth + 1);
                    Print(node.Child(2), depth + 1);
                }

                Print(node.Last, depth + 1);
                break;
            case K.ImplYield or K.ImplErrorResult:
                Append(node.Kind == K.ImplYield ? "@yields " : "@error ");
                PrintChildren(node, depth, " ");
                break;
            case K.ImplFunctionConvention:
                Append("@convention(");
                if (node.Count is 1 or 2)
                {
                    Append(node.First.TextSpan);
                }

                if (node.Count == 2)
                {
                    Append(", mangledCType: \"");
                    Print(node.Child(1), depth + 1);
                    Append('"');
                }

                Append(')');
                break;
            case K.ImplCoroutineKind:
                if (!node.TextSpan.IsEmpty)
                {
                    Append('@');
                    Append(node.TextSpan);
                }

                break;
            case K.ImplDifferentiabilityKind:
                Append("@differentiable");
                Append(DifferentiabilitySuffix(node.Index));
                break;
            case K.ImplParameterResultDifferentiability or K.ImplParameterSending or K.ImplParameterIsolated
                or K.ImplParameterImplicitLeading:
                if (!node.TextSpan.IsEmpty)
                {
                    Append(node.TextSpan);
                    Append(' ');
                }

                break;
            case K.ImplInvocationSubstitutions:
                Append("for <");
                PrintChildren(node.First, depth, ", ");
                Append('>');
                break;
            default:
                Append("@substituted ");
                Print(node.First, depth + 1);
                Append(" for <");
                PrintChildren(node.Child(1), depth, ", ");
                Append('>');
                break;
        }
    }
}

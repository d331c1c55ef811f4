using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>Thunks, outlined operations, key path helpers, async partial functions and automatic differentiation.</summary>
internal sealed partial class SwiftPrinter
{
    private void PrintThunk(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.OutlinedBridgedMethod:
                Append("outlined bridged method (");
                Append(node.TextSpan);
                Append(") of ");
                break;
            case K.OutlinedCopy or K.OutlinedConsume:
                Append(node.Kind == K.OutlinedCopy ? "outlined copy of " : "outlined consume of ");
                Print(node.First, depth + 1);
                if (node.Count > 1)
                {
                    Print(node.Child(1), depth + 1);
                }

                break;
            case K.OutlinedVariable or K.OutlinedReadOnlyObject:
                Append(node.Kind == K.OutlinedVariable ? "outlined variable #" : "outlined read-only object #");
                Append(node.Index);
                Append(" of ");
                break;
            case K.PartialApplyForwarder or K.PartialApplyObjCForwarder:
                Append(node.Kind == K.PartialApplyForwarder ? "partial apply forwarder" : "partial apply ObjC forwarder");
                if (node.Count > 0)
                {
                    Append(" for ");
                    PrintChildren(node, depth);
                }

                break;
            case K.VTableThunk:
                Append("vtable thunk for ");
                Parts(node, depth, 1, " dispatching to ", 0);
                break;
            case K.ProtocolWitness:
                Append("protocol witness for ");
                Parts(node, depth, 1, " in conformance ", 0);
                break;
            case K.ReabstractionThunk or K.ReabstractionThunkHelper:
                Append(node.Kind == K.ReabstractionThunkHelper ? "reabstraction thunk helper " : "reabstraction thunk ");
                int index = 0;
                if (node.Count == 3)
                {
                    Print(node.First, depth + 1);
                    Append(' ');
                    index = 1;
                }

                Append("from ");
                Parts(node, depth, index + 1, " to ", index);
                break;
            case K.ReabstractionThunkHelperWithGlobalActor:
                Parts(node, depth, 0, " with global actor constraint ", 1);
                break;
            case K.ReabstractionThunkHelperWithSelf:
                Append("reabstraction thunk ");
                int first = 0;
                if (node.Count == 4)
                {
                    Print(node.First, depth + 1);
                    Append(' ');
                    first = 1;
                }

                Append("from ");
                Parts(node, depth, first + 2, " to ", first + 1);
                Append(" self ");
                Print(node.Child(first), depth + 1);
                break;
            case K.KeyPathEqualsThunkHelper or K.KeyPathHashThunkHelper:
                PrintKeyPathIndexThunk(node, depth);
                break;
            case K.ObjCAsyncCompletionHandlerImpl or K.PredefinedObjCAsyncCompletionHandlerImpl:
                PrintCompletionHandler(node, depth);
                break;
            case K.AsyncAwaitResumePartialFunction or K.AsyncSuspendResumePartialFunction:
                Append('(');
                Print(node.First, depth + 1);
                Append(node.Kind == K.AsyncAwaitResumePartialFunction
                    ? ") await resume partial function for "
                    : ") suspend resume partial function for ");
                break;
            default:
                PrintKeyPathThunk(node, depth);
                break;
        }
    }

    private void PrintKeyPathThunk(SwiftNode node, int depth)
    {
        Append(node.Kind switch
        {
            K.KeyPathGetterThunkHelper => "key path getter for ",
            K.KeyPathSetterThunkHelper => "key path setter for ",
            K.KeyPathUnappliedMethodThunkHelper => "key path unapplied method ",
            _ => "key path applied method ",
        });
        Print(node.First, depth + 1);
        Append(" : ");
        for (int i = 1; i < node.Count; i++)
        {
            if (node.Child(i).Kind == K.IsSerialized)
            {
                Append(", ");
            }

            Print(node.Child(i), depth + 1);
        }
    }

    private void PrintKeyPathIndexThunk(SwiftNode node, int depth)
    {
        Append(node.Kind == K.KeyPathEqualsThunkHelper
            ? "key path index equality operator for "
            : "key path index hash operator for ");
        int last = node.Count;
        var lastChild = node.Child(last - 1);
        if (lastChild.Kind == K.IsSerialized)
        {
            last--;
            lastChild = node.Child(last - 1);
        }

        if (lastChild.Kind == K.DependentGenericSignature)
        {
            Print(lastChild, depth + 1);
            last--;
        }

        Append('(');
        for (int i = 0; i < last; i++)
        {
            if (i != 0)
            {
                Append(", ");
            }

            Print(node.Child(i), depth + 1);
        }

        Append(')');
    }

    private void PrintCompletionHandler(SwiftNode node, int depth)
    {
        if (node.Kind == K.PredefinedObjCAsyncCompletionHandlerImpl)
        {
            Append("predefined ");
        }

        Append("@objc completion handler block implementation for ");
        if (node.Count >= 4)
        {
            Print(node.Child(3), depth + 1);
        }

        Parts(node, depth, 0, " with result type ", 1);
        Append(node.Child(2).Index switch
        {
            0 => "",
            1 => " nonzero on error",
            2 => " zero on error",
            _ => " <invalid error flag>",
        });
    }

    private void PrintAutoDiff(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.AutoDiffFunction or K.AutoDiffDerivativeVTableThunk:
                int prefixEnd = 0;
                while (prefixEnd < node.Count && node.Child(prefixEnd).Kind != K.AutoDiffFunctionKind)
                {
                    prefixEnd++;
                }

                if (node.Kind == K.AutoDiffDerivativeVTableThunk)
                {
                    Append("vtable thunk for ");
                }

                Print(node.Child(prefixEnd), depth + 1);
                Append(" of ");
                SwiftNode? signature = null;
                for (int i = 0; i < prefixEnd; i++)
                {
                    // A generic signature at the end prints last.
                    if (i == prefixEnd - 1 && node.Child(i).Kind == K.DependentGenericSignature)
                    {
                        signature = node.Child(i);
                        break;
                    }

                    Print(node.Child(i), depth + 1);
                }

                Append(" with respect to parameters ");
                Parts(node, depth, prefixEnd + 1, " and results ", prefixEnd + 2);
                if (signature is not null)
                {
                    Append(" with ");
                    Print(signature, depth + 1);
                }

                break;
            case K.AutoDiffSelfReorderingReabstractionThunk:
                Append("autodiff self-reordering reabstraction thunk for ");
                int kindAt = node.Child(2).Kind == K.DependentGenericSignature ? 3 : 2;
                Print(node.Child(kindAt), depth + 1);
                if (kindAt == 3)
                {
                    Print(node.Child(2), depth + 1);
                    Append(' ');
                }

                Append(" from ");
                Parts(node, depth, 0, " to ", 1);
                break;
            case K.AutoDiffSubsetParametersThunk:
                PrintSubsetParametersThunk(node, depth);
                break;
            case K.AutoDiffFunctionKind:
                Append(node.Index switch
                {
                    'f' => "forward-mode derivative",
                    'r' => "reverse-mode derivative",
                    'd' => "differential",
                    _ => "pullback",
                });
                break;
            case K.DifferentiabilityWitness:
                PrintDifferentiabilityWitness(node, depth);
                break;
            default:
                // An index subset: the positions of its S letters.
                Append('{');
                bool any = false;
                var text = node.TextSpan;
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] == 'S')
                    {
                        Append(any ? ", " : "");
                        Append((ulong)i);
                        any = true;
                    }
                }

                Append('}');
                break;
        }
    }

    private void PrintSubsetParametersThunk(SwiftNode node, int depth)
    {
        Append("autodiff subset parameters thunk for ");
        int current = node.Count - 1;
        var toParameters = node.Child(current--);
        var results = node.Child(current--);
        var parameters = node.Child(current--);
        Print(node.Child(current--), depth + 1);
        Append(" from ");
        if (current == 0)
        {
            Print(node.First, depth + 1);
        }
        else
        {
            for (int i = 0; i < current; i++)
            {
                Print(node.Child(i), depth + 1);
            }
        }

        Append(" with respect to parameters ");
        Print(parameters, depth + 1);
        Append(" and results ");
        Print(results, depth + 1);
        Append(" to parameters ");
        Print(toParameters, depth + 1);
        if (current > 0)
        {
            Append(" of type ");
            Print(node.Child(current), depth + 1);
        }
    }

    private void PrintDifferentiabilityWitness(SwiftNode node, int depth)
    {
        int kindAt = node.Count - (node.Last.Kind == K.DependentGenericSignature ? 4 : 3);
        Append(node.Child(kindAt).Index switch
        {
            'f' => "forward-mode",
            'r' => "reverse-mode",
            'd' => "normal",
            _ => "linear",
        });
        Append(" differentiability witness for ");
        int index = 0;
        while (index < node.Count && node.Child(index).Kind != K.Index)
        {
            Print(node.Child(index++), depth + 1);
        }

        index++;
        Append(" with respect to parameters ");
        Print(node.Child(index++), depth + 1);
        Append(" and results ");
        Print(node.Child(index++), depth + 1);
        if (index < node.Count)
        {
            Append(" with ");
            Print(node.Child(index), depth + 1);
        }
    }
}

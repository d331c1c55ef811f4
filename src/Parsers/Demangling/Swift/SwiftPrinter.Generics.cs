using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Generic signatures ("&lt;A, B where A: P&gt;"), their requirements, dependent types, and bound
/// generic types with Swift's sugar: <c>Swift.Optional&lt;T&gt;</c> as <c>T?</c>,
/// <c>Swift.Array&lt;T&gt;</c> as <c>[T]</c>, <c>Swift.Dictionary&lt;K, V&gt;</c> as <c>[K : V]</c>.
/// </summary>
internal sealed partial class SwiftPrinter
{
    /// <summary>Swift stops listing a depth's generic parameters after this many (only malformed counts get there).</summary>
    private const int MaxGenericParams = 128;

    private void PrintGenericSignature(SwiftNode node, int depth)
    {
        Append('<');
        int count = node.Count;
        int parameterLevels = 0;
        while (parameterLevels < count && node.Child(parameterLevels).Kind == K.DependentGenericParamCount)
        {
            parameterLevels++;
        }

        // Pack and value markers follow the counts; the requirements follow them.
        int firstRequirement = parameterLevels;
        while (firstRequirement < count)
        {
            var child = node.Child(firstRequirement);
            if (child.Kind == K.Type)
            {
                child = child.First;
            }

            if (child.Kind is not (K.DependentGenericParamPackMarker or K.DependentGenericParamValueMarker))
            {
                break;
            }

            firstRequirement++;
        }

        for (int level = 0; level < parameterLevels; level++)
        {
            if (level != 0)
            {
                Append("><");
            }

            ulong parameters = node.Child(level).Index;
            for (ulong index = 0; index < parameters; index++)
            {
                if (index != 0)
                {
                    Append(", ");
                }

                if (index >= MaxGenericParams)
                {
                    Append("...");
                    break;
                }

                if (MarkerFor(node, parameterLevels, firstRequirement, K.DependentGenericParamPackMarker, (ulong)level, index) is not null)
                {
                    Append("each ");
                }

                var value = MarkerFor(node, parameterLevels, firstRequirement, K.DependentGenericParamValueMarker, (ulong)level, index);
                if (value is not null)
                {
                    Append("let ");
                }

                AppendGenericParameterName((ulong)level, index);
                // Swift looks for the value's type as a second child of the parameter's Type node.
                if (value is not null && value.Child(1).Kind != K.Missing)
                {
                    Append(": ");
                    Print(value.Child(1), depth + 1);
                }
            }
        }

        if (firstRequirement != count)
        {
            Append(" where ");
            for (int i = firstRequirement; i < count; i++)
            {
                if (i > firstRequirement)
                {
                    Append(", ");
                }

                Print(node.Child(i), depth + 1);
            }
        }

        Append('>');
    }

    /// <summary>
    /// The pack or value marker among children [<paramref name="from"/>, <paramref name="to"/>) that
    /// names parameter (<paramref name="level"/>, <paramref name="index"/>), as the Type node holding the
    /// parameter. Swift compares the parameter's first index (its depth) with the index and its second
    /// with the level; that is kept, so the output is the same.
    /// </summary>
    private static SwiftNode? MarkerFor(SwiftNode signature, int from, int to, K kind, ulong level, ulong index)
    {
        for (int i = from; i < to; i++)
        {
            var marker = signature.Child(i);
            var type = marker.First;
            if (marker.Kind != kind || type.Kind != K.Type)
            {
                continue;
            }

            var parameter = type.First;
            if (parameter.Kind == K.DependentGenericParamType && parameter.First.Index == index && parameter.Child(1).Index == level)
            {
                return type;
            }
        }

        return null;
    }

    private void PrintGenericNode(SwiftNode node, int depth)
    {
        switch (node.Kind)
        {
            case K.DependentGenericConformanceRequirement:
                Parts(node, depth, 0, ": ", 1);
                break;
            case K.DependentGenericInverseConformanceRequirement:
                Print(node.First, depth + 1);
                Append(": ~");
                ulong bit = node.Child(1).Index;
                if (bit == 0)
                {
                    Append("Swift.Copyable");
                }
                else if (bit == 1)
                {
                    Append("Swift.Escapable");
                }
                else
                {
                    Append("Swift.<bit ");
                    Append(bit);
                    Append('>');
                }

                break;
            case K.DependentGenericLayoutRequirement:
                PrintLayoutRequirement(node, depth);
                break;
            case K.DependentGenericSameTypeRequirement:
                Parts(node, depth, 0, " == ", 1);
                break;
            case K.DependentGenericSameShapeRequirement:
                Parts(node, depth, 0, ".shape == ", 1);
                Append(".shape");
                break;
            case K.DependentGenericParamType:
                // Swift reads both indexes as 32-bit unsigned ints.
                AppendGenericParameterName((uint)node.First.Index, (uint)node.Child(1).Index);
                break;
            case K.DependentGenericType:
                Print(node.First, depth + 1);
                if (NeedSpaceBeforeType(node.Child(1)))
                {
                    Append(' ');
                }

                Print(node.Child(1), depth + 1);
                break;
            case K.DependentMemberType:
                Parts(node, depth, 0, ".", 1);
                break;
            default:
                // DependentAssociatedTypeRef: the protocol (when known), then the name.
                if (node.Count > 1)
                {
                    Print(node.Child(1), depth + 1);
                    Append('.');
                }

                Print(node.First, depth + 1);
                break;
        }
    }

    private void PrintLayoutRequirement(SwiftNode node, int depth)
    {
        Print(node.First, depth + 1);
        Append(": ");
        var layout = node.Child(1);
        char c = layout.TextSpan.Length == 1 ? layout.TextSpan[0] : '\0';
        Append(c switch
        {
            'U' => "_UnknownLayout",
            'R' => "_RefCountedObject",
            'N' => "_NativeRefCountedObject",
            'C' => "AnyObject",
            'D' => "_NativeClass",
            'T' or 'E' or 'e' => "_Trivial",
            'M' or 'm' => "_TrivialAtMost",
            _ => "",
        });
        if (node.Count > 2)
        {
            Append('(');
            Print(node.Child(2), depth + 1);
            if (node.Count > 3)
            {
                Append(", ");
                Print(node.Child(3), depth + 1);
            }

            Append(')');
        }
    }
}

using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Automatic differentiation (Mangling.rst, "Differentiation"): derivative functions and their vtable
/// thunks (<c>TJ</c>, <c>TJV</c>), subset-parameters and self-reordering thunks (<c>TJS</c>,
/// <c>TJO</c>), and differentiability witnesses (<c>WJ</c>). Each takes everything on the stack as
/// the original function, then a kind letter and index subsets of <c>S</c>/<c>U</c> letters.
/// </summary>
internal sealed partial class SwiftParser
{
    private SwiftNode? ParseAutoDiffThunk()
    {
        switch (Peek())
        {
            case 'S':
                Pos++;
                return ParseAutoDiffSubsetParametersThunk();
            case 'O':
                Pos++;
                return ParseAutoDiffSelfReorderingThunk();
            case 'V':
                Pos++;
                return ParseAutoDiffFunction(K.AutoDiffDerivativeVTableThunk);
            default:
                return ParseAutoDiffFunction(K.AutoDiffFunction);
        }
    }

    /// <summary>A node of <paramref name="kind"/> holding the whole stack, bottom first.</summary>
    private SwiftNode? PopAllInto(K kind)
    {
        var result = New(kind);
        while (Pop() is { } node)
        {
            result = AddChild(result, node);
        }

        result?.Reverse();
        return result;
    }

    private SwiftNode? ParseAutoDiffFunction(K kind)
    {
        var result = PopAllInto(kind);
        result = AddChild(result, ParseAutoDiffFunctionKind());
        result = AddChild(result, ParseIndexSubset());
        if (!Accept('p'))
        {
            return null;
        }

        result = AddChild(result, ParseIndexSubset());
        return Accept('r') ? result : null;
    }

    private SwiftNode? ParseAutoDiffSubsetParametersThunk()
    {
        var result = ParseAutoDiffFunction(K.AutoDiffSubsetParametersThunk);
        result = AddChild(result, ParseIndexSubset());
        return Accept('P') ? result : null;
    }

    private SwiftNode? ParseAutoDiffSelfReorderingThunk()
    {
        var result = New(K.AutoDiffSelfReorderingReabstractionThunk);
        AddChild(result, Pop(K.DependentGenericSignature));
        result = AddChild(result, Pop(K.Type));
        result = AddChild(result, Pop(K.Type));
        result?.Reverse();
        return AddChild(result, ParseAutoDiffFunctionKind());
    }

    /// <summary>f (JVP), r (VJP), d (differential), p (pullback).</summary>
    private SwiftNode? ParseAutoDiffFunctionKind()
    {
        char c = Next();
        return c is 'f' or 'r' or 'd' or 'p' ? New(K.AutoDiffFunctionKind, c) : null;
    }

    /// <summary>A run of S (in the subset) and U (not) letters.</summary>
    private SwiftNode? ParseIndexSubset()
    {
        int start = Pos;
        while (Peek() is 'S' or 'U')
        {
            Pos++;
        }

        return Pos == start ? null : New(K.IndexSubset, new ReadOnlyMemory<char>(Chars, start, Pos - start));
    }

    private SwiftNode? ParseDifferentiabilityWitness()
    {
        var result = New(K.DifferentiabilityWitness);
        var signature = Pop(K.DependentGenericSignature);
        while (Pop() is { } node)
        {
            result = AddChild(result, node);
        }

        result?.Reverse();
        char c = Next();
        if (c is not ('f' or 'r' or 'd' or 'l'))
        {
            return null;
        }

        result = AddChild(result, New(K.Index, c));
        result = AddChild(result, ParseIndexSubset());
        if (!Accept('p'))
        {
            return null;
        }

        result = AddChild(result, ParseIndexSubset());
        if (!Accept('r'))
        {
            return null;
        }

        AddChild(result, signature);
        return result;
    }
}

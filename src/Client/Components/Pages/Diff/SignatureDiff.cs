namespace AbiPortal.Client.Components.Pages.Diff;

/// <summary>
/// Two demangled signatures cut into the pieces a reader compares: what precedes the parameter
/// list, each parameter, and what follows (<c>const</c>, a ref-qualifier). A piece that differs
/// from the other side's piece at the same place is marked, so <c>f(int, long)</c> →
/// <c>f(int, unsigned long)</c> highlights the second parameter only.
/// </summary>
public static class SignatureDiff
{
    /// <summary>One piece of a signature and whether it differs from the other side.</summary>
    /// <param name="Text">The text, separators included.</param>
    /// <param name="Changed">True when the other side has something else here.</param>
    public readonly record struct Piece(string Text, bool Changed);

    /// <summary>The pieces of the old and of the new signature.</summary>
    public static (IReadOnlyList<Piece> Old, IReadOnlyList<Piece> New) Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var (oldHead, oldParameters, oldTail) = Split(before);
        var (newHead, newParameters, newTail) = Split(after);
        if (oldParameters is null || newParameters is null)
        {
            // Not two function signatures: the whole text is the difference.
            return ([new Piece(before, before != after)], [new Piece(after, before != after)]);
        }

        return (Pieces(oldHead, oldParameters, oldTail, newHead, newParameters, newTail), Pieces(newHead, newParameters, newTail, oldHead, oldParameters, oldTail));
    }

    private static List<Piece> Pieces(string head, List<string> parameters, string tail, string otherHead, List<string> otherParameters, string otherTail)
    {
        var pieces = new List<Piece> { new(head, head != otherHead), new("(", false) };
        for (int i = 0; i < parameters.Count; i++)
        {
            if (i > 0)
            {
                pieces.Add(new(", ", false));
            }

            pieces.Add(new(parameters[i], i >= otherParameters.Count || parameters[i] != otherParameters[i]));
        }

        pieces.Add(new(")", false));
        pieces.Add(new(tail, tail != otherTail));
        return pieces.Where(p => p.Text.Length > 0).ToList();
    }

    /// <summary>The text before the last balanced (...) group, its top-level parameters, and the text after; null parameters when there is no such group.</summary>
    private static (string Head, List<string>? Parameters, string Tail) Split(string text)
    {
        int close = text.LastIndexOf(')');
        int depth = 0, open = -1;
        for (int i = close; i >= 0; i--)
        {
            if (text[i] == ')')
            {
                depth++;
            }
            else if (text[i] == '(' && --depth == 0)
            {
                open = i;
                break;
            }
        }

        if (close < 0 || open < 0)
        {
            return (text, null, "");
        }

        var parameters = new List<string>();
        int start = open + 1, nesting = 0;
        for (int i = open + 1; i < close; i++)
        {
            switch (text[i])
            {
                case '(' or '<' or '[': nesting++; break;
                case ')' or '>' or ']': nesting = Math.Max(0, nesting - 1); break;
                case ',' when nesting == 0:
                    parameters.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        string last = text[start..close].Trim();
        if (last.Length > 0 || parameters.Count > 0)
        {
            parameters.Add(last);
        }

        return (text[..open], parameters, text[(close + 1)..]);
    }
}

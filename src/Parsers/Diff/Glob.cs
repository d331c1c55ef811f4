namespace AbiPortal.Parsers.Diff;

/// <summary>Whole-string glob matching with <c>*</c> (any run) and <c>?</c> (one character), ordinal.</summary>
public static class Glob
{
    /// <summary>
    /// Greedy matching that remembers only the last <c>*</c>: O(pattern × text) in the worst case
    /// and no recursion, so a hostile pattern cannot blow the stack or take exponential time.
    /// </summary>
    public static bool IsMatch(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}

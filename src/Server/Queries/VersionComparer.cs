namespace AbiPortal.Server.Queries;

/// <summary>
/// Orders version labels the way people read them: <c>1.9 &lt; 1.10 &lt; 2.0</c>. Labels are split
/// into runs of digits and of letters; digit runs compare as numbers, letter runs ordinally; a
/// missing label sorts first.
/// </summary>
internal sealed class VersionComparer : IComparer<string?>
{
    public static VersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var a = NextRun(x, ref i);
            var b = NextRun(y, ref j);
            int result = CompareRuns(a, b);
            if (result != 0)
            {
                return result;
            }
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static int CompareRuns(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        bool aNumber = a.Length > 0 && char.IsAsciiDigit(a[0]);
        bool bNumber = b.Length > 0 && char.IsAsciiDigit(b[0]);
        if (aNumber && bNumber)
        {
            // Long digit runs (dates, hashes) would overflow; compare by length after leading zeros.
            var ta = a.TrimStart('0');
            var tb = b.TrimStart('0');
            return ta.Length != tb.Length ? ta.Length.CompareTo(tb.Length) : ta.SequenceCompareTo(tb);
        }

        if (aNumber != bNumber)
        {
            // A number outranks a letter tag at the same place: 1.0-rc1 < 1.0.1.
            return aNumber ? 1 : -1;
        }

        return string.Compare(a.ToString(), b.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> NextRun(string s, ref int index)
    {
        // Separators (., -, _, +) only split runs.
        while (index < s.Length && !char.IsAsciiLetterOrDigit(s[index]))
        {
            index++;
        }

        int start = index;
        if (index < s.Length)
        {
            bool digits = char.IsAsciiDigit(s[index]);
            while (index < s.Length && char.IsAsciiLetterOrDigit(s[index]) && char.IsAsciiDigit(s[index]) == digits)
            {
                index++;
            }
        }

        return s.AsSpan(start, index - start);
    }
}

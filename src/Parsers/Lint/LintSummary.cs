namespace AbiPortal.Parsers.Lint;

/// <summary>Counts of unsuppressed findings by level, and of suppressed ones.</summary>
public sealed record LintSummary(int Error, int Warning, int Note, int Suppressed)
{
    public int Total => Error + Warning + Note;

    public static LintSummary Of(IEnumerable<LintFinding> findings)
    {
        int e = 0, w = 0, n = 0, s = 0;
        foreach (var f in findings)
        {
            if (f.Suppressed)
            {
                s++;
            }
            else if (f.Level == LintLevel.Error)
            {
                e++;
            }
            else if (f.Level == LintLevel.Warning)
            {
                w++;
            }
            else
            {
                n++;
            }
        }

        return new LintSummary(e, w, n, s);
    }
}

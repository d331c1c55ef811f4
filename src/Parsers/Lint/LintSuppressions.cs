using AbiPortal.Parsers.Diff;

namespace AbiPortal.Parsers.Lint;

/// <summary>Applies the <c>rule</c> entries of a suppression file (docs/lint.md) to lint findings, as <see cref="SuppressionFile.Apply"/> does for diff changes.</summary>
internal static class LintSuppressions
{
    public static List<LintFinding> Apply(IReadOnlyList<LintFinding> findings, SuppressionFile file, DateOnly today, out IReadOnlyList<SuppressionOutcome> outcomes)
    {
        var entries = file.Entries.Where(e => e.Rule is not null).ToList();
        var counts = new int[entries.Count];
        var result = new List<LintFinding>(findings.Count);
        foreach (var finding in findings)
        {
            SuppressionEntry? applied = null;
            for (int e = 0; e < entries.Count; e++)
            {
                if (!Matches(entries[e], finding))
                {
                    continue;
                }

                counts[e]++;
                if (applied is null && !IsExpired(entries[e], today))
                {
                    applied = entries[e];
                }
            }

            result.Add(applied is null ? finding : finding with { Suppressed = true, Reason = applied.Reason });
        }

        outcomes = entries.Select((e, i) => new SuppressionOutcome(e,
            IsExpired(e, today) ? SuppressionStatus.Expired : counts[i] > 0 ? SuppressionStatus.Applied : SuppressionStatus.Unmatched, counts[i])).ToList();
        return result;
    }

    private static bool Matches(SuppressionEntry entry, LintFinding finding)
        => Glob.IsMatch(entry.Rule!, finding.Rule)
           && (entry.Member is null || (finding.Member is not null && Glob.IsMatch(entry.Member, finding.Member)))
           && entry.MatchesSymbol(finding.Symbol, finding.Demangled, finding.Symbols);

    private static bool IsExpired(SuppressionEntry entry, DateOnly today) => entry.Expires is { } expires && today > expires;
}

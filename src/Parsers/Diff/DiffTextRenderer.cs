using System.Globalization;
using System.Text;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The terminal report of <c>abiportal diff</c>: the verdict line, then the changes grouped by
/// tier (worst first: incompatible, api-break, risk, compatible, info) and kind, demangled names
/// with the raw name beside them, then the suppressed changes and what each suppression entry did.
/// Grouped changes list their first symbols only; <c>--json</c> has them all.
/// </summary>
public static class DiffTextRenderer
{
    /// <summary>How many symbols of a grouped change the terminal lists.</summary>
    public const int GroupedSymbolsShown = 10;

    /// <summary>The report as a string.</summary>
    public static string Render(AbiDiff diff, bool demangle = true)
    {
        var sb = new StringBuilder();
        using var writer = new StringWriter(sb, CultureInfo.InvariantCulture);
        Write(writer, diff, demangle);
        return sb.ToString();
    }

    /// <summary>Writes the report; <paramref name="demangle"/> false shows raw names only.</summary>
    public static void Write(TextWriter w, AbiDiff diff, bool demangle = true)
    {
        w.Write($"{diff.Old.File} -> {diff.New.File}\n");
        w.Write($"evidence: {ChangeText.Evidence(diff)}\n");
        w.Write($"verdict: {VerdictWord(diff.Verdict)} ({ChangeText.Counts(diff.Summary)})\n");
        foreach (string note in diff.Notes)
        {
            w.Write($"not checked: {note}\n");
        }

        foreach (var severity in Enum.GetValues<ChangeSeverity>())
        {
            WriteSection(w, ChangeText.Heading(severity), diff.Changes.Where(c => !c.Suppressed && c.Severity == severity).ToList(), demangle, withReason: false);
        }

        WriteSection(w, "Suppressed", diff.Changes.Where(c => c.Suppressed).ToList(), demangle, withReason: true);

        Lint.LintDelta.WriteText(w, diff.NewFindings);

        var notApplied = diff.Suppressions.Where(s => s.Status != SuppressionStatus.Applied).ToList();
        if (notApplied.Count > 0)
        {
            w.Write($"\nSuppression entries not applied ({notApplied.Count})\n");
            foreach (var s in notApplied)
            {
                w.Write($"  {(s.Status == SuppressionStatus.Expired ? "expired" : "unmatched")}: {ChangeText.Describe(s.Entry)}\n");
            }
        }
    }

    private static void WriteSection(TextWriter w, string heading, List<AbiChange> changes, bool demangle, bool withReason)
    {
        if (changes.Count == 0)
        {
            return;
        }

        w.Write($"\n{heading} ({changes.Count})\n");
        foreach (var group in changes.GroupBy(c => c.Kind))
        {
            var list = group.ToList();
            w.Write($"  {ChangeKinds.Title(group.Key)} ({list.Count})\n");
            foreach (var c in list)
            {
                w.Write("    ");
                w.Write(ChangeText.Describe(c, demangle));
                if (withReason && c.Reason is not null)
                {
                    w.Write($"  (suppressed: {c.Reason})");
                }

                w.Write('\n');
                if (c.Rationale is not null)
                {
                    w.Write($"      why: {c.Rationale}\n");
                }

                if (c.Type is not null && c.Symbols is { } reached)
                {
                    w.Write($"      {AbiChangeText.Reach(c)}:\n");
                    foreach (var s in reached.Take(GroupedSymbolsShown))
                    {
                        w.Write($"        {AbiChangeText.Path(s, demangle)}\n");
                    }

                    int more = (c.ExportCount ?? reached.Count) - Math.Min(reached.Count, GroupedSymbolsShown);
                    if (more > 0)
                    {
                        w.Write($"        and {more} more\n");
                    }
                }
                else if (c.Kind is ChangeKind.VersionNodeRenamed or ChangeKind.SymbolsVersioned && c.Symbols is { } symbols)
                {
                    foreach (var s in symbols.Take(GroupedSymbolsShown))
                    {
                        w.Write("      ");
                        w.Write(demangle && s.Demangled is not null ? s.Demangled : s.Name);
                        w.Write('\n');
                    }

                    if (symbols.Count > GroupedSymbolsShown)
                    {
                        w.Write($"      and {symbols.Count - GroupedSymbolsShown} more\n");
                    }
                }
            }
        }
    }

    /// <summary>The JSON word for a verdict.</summary>
    public static string VerdictWord(Verdict verdict) => Snapshots.EnumNames.Of(verdict);
}

using System.Text;
using AbiPortal.Parsers.Diff;

namespace AbiPortal.Parsers.Lint;

/// <summary>
/// Lint findings a new version introduces: those of the new report whose rule, member and
/// symbol (<see cref="LintFinding.Key"/>, not the address, which moves with every build) the old
/// report lacks. Suppressed findings are not new. The diff calls them out; the PR comment lists only these.
/// </summary>
public static class LintDelta
{
    /// <summary>The new report's findings that the old report does not have.</summary>
    public static IReadOnlyList<LintFinding> Introduced(LintReport oldReport, LintReport newReport)
    {
        ArgumentNullException.ThrowIfNull(oldReport);
        ArgumentNullException.ThrowIfNull(newReport);
        var known = oldReport.AllFindings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        return newReport.AllFindings.Where(f => !f.Suppressed && !known.Contains(f.Key)).ToList();
    }

    /// <summary>The diff's terminal section: "New ABI contract findings (N)".</summary>
    public static void WriteText(TextWriter w, IReadOnlyList<LintFinding>? findings)
    {
        if (findings is not { Count: > 0 })
        {
            return;
        }

        w.Write($"\nNew ABI contract findings ({findings.Count}; see abiportal lint)\n");
        foreach (var f in findings)
        {
            string where = f.Demangled ?? f.Symbol ?? "";
            string at = f.Address is { } a ? $" @ 0x{a:x}" : "";
            w.Write($"  {LintTextRenderer.Level(f.Level)} {f.Rule}: {where}{at}\n    {f.Message}\n");
        }
    }

    /// <summary>A finding's message as Markdown: its `code` spans (instructions) as code, the rest inert text.</summary>
    internal static string Message(string message)
    {
        var parts = message.Split('`');
        var sb = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            // Odd parts were between backticks; an unpaired last one is text.
            bool code = i % 2 == 1 && i < parts.Length - 1;
            sb.Append(code ? MarkdownText.Code(parts[i]) : MarkdownText.Escape(parts[i]));
        }

        return sb.ToString();
    }

    /// <summary>The PR comment's section: a table of the new findings, capped at <paramref name="maxRows"/>, within <paramref name="budget"/> characters.</summary>
    public static void WriteMarkdown(StringBuilder sb, IReadOnlyList<LintFinding>? findings, int maxRows, int budget)
    {
        if (findings is not { Count: > 0 } || sb.Length >= budget)
        {
            return;
        }

        sb.Append("#### New ABI contract findings (").Append(findings.Count).Append(")\n\n");
        sb.Append("| level | rule | symbol | why |\n|---|---|---|---|\n");
        int shown = 0;
        foreach (var f in findings)
        {
            if (shown >= maxRows || sb.Length >= budget)
            {
                break;
            }

            string symbol = f.Demangled ?? f.Symbol ?? "";
            sb.Append("| ").Append(LintTextRenderer.Level(f.Level)).Append(" | ").Append(MarkdownText.Code(f.Rule)).Append(" | ")
              .Append(MarkdownText.Inert(symbol)).Append(" | ")
              .Append(Message(f.Message)).Append(" |\n");
            shown++;
        }

        if (shown < findings.Count)
        {
            sb.Append("\nand ").Append(findings.Count - shown).Append(" more\n");
        }

        sb.Append('\n');
    }
}

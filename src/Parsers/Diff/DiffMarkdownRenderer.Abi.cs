using System.Text;

namespace AbiPortal.Parsers.Diff;

/// <summary>The table of changes read from debug info: where (a type or an export), what changed, why, and the exports it reaches with their paths.</summary>
public static partial class DiffMarkdownRenderer
{
    /// <summary>Exports listed in a row, with their paths, before "and N more".</summary>
    private const int ReachShown = 3;

    /// <summary>What each side was read from, and what could not be checked: a diff of names alone must not read as a clean type check.</summary>
    private static void WriteEvidence(StringBuilder sb, AbiDiff diff)
    {
        sb.Append("Evidence: ").Append(Escape(ChangeText.Evidence(diff))).Append("\n\n");
        if (diff.Notes.Count == 0)
        {
            return;
        }

        sb.Append("**Not checked:**\n\n");
        foreach (string note in diff.Notes)
        {
            sb.Append("- ").Append(Escape(note)).Append('\n');
        }

        sb.Append('\n');
    }

    private static int WriteAbiTable(StringBuilder sb, List<AbiChange> changes, int maxRows, int budget, bool withReason)
    {
        sb.Append(withReason ? "| change | in | what | reaches | reason |\n|---|---|---|---|---|\n" : "| change | in | what | reaches |\n|---|---|---|---|\n");
        int shown = 0;
        foreach (var c in changes)
        {
            if (shown >= maxRows)
            {
                break;
            }

            string row = AbiRow(c, withReason);
            if (sb.Length + row.Length > budget)
            {
                break;
            }

            sb.Append(row);
            shown++;
        }

        return shown;
    }

    private static string AbiRow(AbiChange c, bool withReason)
    {
        string where = Code(c.Type ?? c.DisplayName ?? string.Empty);
        if (c.Member is not null)
        {
            where = $"[{Inert(c.Member)}] {where}";
        }

        string what = AbiChangeText.Sentence(c, MarkdownText.Sentences) ?? string.Empty;
        if (c.Rationale is not null)
        {
            // The tier's reason, in the small print GitHub renders for <sub>.
            what += "<br><sub>" + Escape(c.Rationale) + "</sub>";
        }

        string row = $"| {ChangeKinds.Name(c.Kind)} | {where} | {what} | {Reaches(c)} |";
        return withReason ? row + $" {Inert(c.Reason ?? string.Empty)} |\n" : row + "\n";
    }

    /// <summary>A type change's exports, each a code span with its path; a declaration change is about its export alone.</summary>
    private static string Reaches(AbiChange c)
    {
        if (c.Type is null || c.Symbols is not { } symbols)
        {
            return string.Empty;
        }

        var cell = new StringBuilder();
        foreach (var s in symbols.Take(ReachShown))
        {
            cell.Append(cell.Length == 0 ? string.Empty : "<br>").Append(Code(AbiChangeText.Path(s)));
        }

        int more = (c.ExportCount ?? symbols.Count) - Math.Min(symbols.Count, ReachShown);
        if (more > 0)
        {
            cell.Append("<br>and ").Append(more).Append(" more");
        }

        return cell.ToString();
    }
}

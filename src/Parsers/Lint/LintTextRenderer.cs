using System.Globalization;
using System.Text;
using AbiPortal.Parsers.Diff;

namespace AbiPortal.Parsers.Lint;

/// <summary>
/// The terminal report of <c>abiportal lint</c>: a summary line, what was checked, then the
/// findings grouped by rule (errors first), each rule with its rationale and fix hint once and
/// each finding with its symbol, address, declaration and reason.
/// </summary>
public static class LintTextRenderer
{
    public static string Render(LintReport report)
    {
        var sb = new StringBuilder();
        using var writer = new StringWriter(sb, CultureInfo.InvariantCulture);
        Write(writer, report);
        return sb.ToString();
    }

    public static void Write(TextWriter w, LintReport report)
    {
        string name = report.Member is null ? report.File.Name : $"{report.File.Name}[{report.Member}]";
        var s = report.Summary;
        w.Write($"{name}: {Snapshots.EnumNames.Of(report.Format)}{(report.Arch is null ? "" : " " + report.Arch)}: {Counts(s)}\n");
        w.Write($"checked: {Checked(report.Coverage)}\n");
        foreach (var skipped in report.Coverage.Skipped)
        {
            w.Write($"  not run: {skipped}\n");
        }

        foreach (var note in report.Coverage.Notes)
        {
            w.Write($"  note: {note}\n");
        }

        foreach (var group in report.Findings.Where(f => !f.Suppressed).GroupBy(f => f.Rule))
        {
            var rule = LintRules.Find(group.Key);
            var list = group.ToList();
            w.Write($"\n{Level(list[0].Level)} {group.Key}: {rule?.Title} ({list.Count})\n");
            if (rule is not null)
            {
                w.Write($"  why: {rule.Rationale}\n  fix: {rule.FixHint}\n");
            }

            foreach (var f in list)
            {
                WriteFinding(w, f, withReason: false);
            }
        }

        var suppressed = report.Findings.Where(f => f.Suppressed).ToList();
        if (suppressed.Count > 0)
        {
            w.Write($"\nSuppressed ({suppressed.Count})\n");
            foreach (var f in suppressed)
            {
                WriteFinding(w, f, withReason: true);
            }
        }

        var notApplied = report.Suppressions.Where(o => o.Status != SuppressionStatus.Applied).ToList();
        if (notApplied.Count > 0)
        {
            w.Write($"\nSuppression entries not applied ({notApplied.Count})\n");
            foreach (var o in notApplied)
            {
                w.Write($"  {(o.Status == SuppressionStatus.Expired ? "expired" : "unmatched")}: rule {o.Entry.Rule}{(o.Entry.Symbol is null ? "" : $", symbol {o.Entry.Symbol}")} ({o.Entry.Reason})\n");
            }
        }

        foreach (var member in report.Members)
        {
            w.Write('\n');
            Write(w, member);
        }
    }

    private static void WriteFinding(TextWriter w, LintFinding f, bool withReason)
    {
        string where = f.Symbol is null ? "" : f.Demangled is null || f.Demangled == f.Symbol ? f.Symbol : $"{f.Demangled} [{f.Symbol}]";
        string at = f.Address is { } a ? $" @ 0x{a:x}" : "";
        w.Write($"  {(withReason ? f.Rule + " " : "")}{where}{at}\n");
        if (f.Signature is not null)
        {
            w.Write($"    {f.Signature}\n");
        }

        w.Write($"    {f.Message}\n");
        if (withReason && f.Reason is not null)
        {
            w.Write($"    suppressed: {f.Reason}\n");
        }
    }

    /// <summary>"4 findings (1 error, 3 warnings, 0 notes, 0 suppressed)" or "clean".</summary>
    public static string Counts(LintSummary s)
        => s.Total == 0 && s.Suppressed == 0 ? "clean"
            : $"{s.Total} finding{(s.Total == 1 ? "" : "s")} ({s.Error} error{(s.Error == 1 ? "" : "s")}, {s.Warning} warning{(s.Warning == 1 ? "" : "s")}, {s.Note} note{(s.Note == 1 ? "" : "s")}, {s.Suppressed} suppressed)";

    /// <summary>"symbols (5 exports), code (sysv, 4 functions, 31 instructions), debug info (DWARF 5, 1 unit), unwind tables (6 entries)".</summary>
    public static string Checked(LintCoverage c)
    {
        var parts = new List<string> { $"symbols ({c.Exports} exports)" };
        if (c.CallingConvention is not null)
        {
            parts.Add($"code ({c.CallingConvention}, {c.Functions} functions, {c.Instructions:N0} instructions)");
        }

        if (c.DebugInfo is not null)
        {
            parts.Add($"debug info ({c.DebugInfo})");
        }

        if (c.UnwindEntries > 0)
        {
            parts.Add($"unwind tables ({c.UnwindEntries} entries)");
        }

        return string.Join(", ", parts);
    }

    /// <summary>The level as the lint JSON spells it (<c>error</c>, <c>warning</c>, <c>note</c>).</summary>
    public static string Level(LintLevel level) => Snapshots.EnumNames.Of(level);
}

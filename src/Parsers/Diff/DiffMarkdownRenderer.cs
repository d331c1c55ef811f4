using System.Text;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The pull-request comment: a verdict line, the counts, one open table per tier that needs
/// attention (incompatible changes, API breaks, risks), and the compatible, info and suppressed
/// changes in collapsed <c>&lt;details&gt;</c> sections. Long lists
/// are capped with "and N more", and the whole comment stays under <see cref="MarkdownOptions.MaxLength"/>.
/// Shared by the CLI (<c>--markdown</c>), the server and the PR bot.
/// </summary>
public static partial class DiffMarkdownRenderer
{
    /// <summary>The comment for <paramref name="diff"/>, with the links and marker of <paramref name="options"/>.</summary>
    public static string Render(AbiDiff diff, MarkdownOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(diff);
        options ??= MarkdownOptions.Default;
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(options.Marker))
        {
            sb.Append("<!-- ").Append(InertComment(options.Marker)).Append(" -->\n");
        }

        sb.Append("### ").Append(Icon(diff.Verdict)).Append(" ABI diff: **").Append(DiffTextRenderer.VerdictWord(diff.Verdict)).Append("**: ")
          .Append(Code(diff.Old.File)).Append(" → ").Append(Code(diff.New.File)).Append("\n\n");
        sb.Append(ChangeText.Counts(diff.Summary));
        if (options.DiffUrl is not null)
        {
            sb.Append(" · [full diff](").Append(options.DiffUrl).Append(')');
        }

        if (options.Artifacts.Count > 0)
        {
            sb.Append(" · ").Append(string.Join(" · ", options.Artifacts.Select(a => $"[{Inert(a.Label)}]({a.Url})")));
        }

        sb.Append("\n\n");
        WriteEvidence(sb, diff);

        // Reserve room for the closing lines of every section so that a cut never leaves broken HTML.
        int budget = options.MaxLength - 1_000;
        foreach (var severity in (ReadOnlySpan<ChangeSeverity>)[ChangeSeverity.Incompatible, ChangeSeverity.ApiBreak, ChangeSeverity.Risk])
        {
            var open = diff.Changes.Where(c => !c.Suppressed && c.Severity == severity).ToList();
            if (open.Count > 0 && sb.Length < budget)
            {
                sb.Append("#### ").Append(ChangeText.Heading(severity)).Append(" (").Append(open.Count).Append(")\n\n");
                WriteTable(sb, open, options.MaxOpenRows, budget, options.DiffUrl, withReason: false, diff.New.Format);
            }
        }

        Lint.LintDelta.WriteMarkdown(sb, diff.NewFindings, options.MaxOpenRows, budget);

        var other = diff.Changes.Where(c => !c.Suppressed && c.Severity is ChangeSeverity.Compatible or ChangeSeverity.Info).ToList();
        WriteDetails(sb, "Compatible and info changes", other, options, budget, withReason: false, diff.New.Format);
        WriteDetails(sb, "Suppressed changes", diff.Changes.Where(c => c.Suppressed).ToList(), options, budget, withReason: true, diff.New.Format);

        var notApplied = diff.Suppressions.Where(s => s.Status != SuppressionStatus.Applied).ToList();
        if (notApplied.Count > 0 && sb.Length < budget)
        {
            sb.Append("**Suppression entries not applied:**\n\n");
            int shown = 0;
            foreach (var s in notApplied)
            {
                string line = $"- {(s.Status == SuppressionStatus.Expired ? "expired" : "unmatched")}: {Inert(ChangeText.Describe(s.Entry))}\n";
                if (sb.Length + line.Length > budget)
                {
                    break;
                }

                sb.Append(line);
                shown++;
            }

            if (shown < notApplied.Count)
            {
                sb.Append("- and ").Append(notApplied.Count - shown).Append(" more\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// The verdict's mark: ❌ incompatible, ❗ API break, ⚠️ risk (a warning: old binaries keep
    /// working), ℹ️ compatible, ✅ none. The word follows it, so the mark is never the only signal.
    /// </summary>
    public static string Icon(Verdict verdict) => verdict switch
    {
        Verdict.Incompatible => "❌",
        Verdict.ApiBreak => "❗",
        Verdict.Risk => "⚠️",
        Verdict.Compatible => "ℹ️",
        _ => "✅",
    };

    private static void WriteDetails(StringBuilder sb, string title, List<AbiChange> changes, MarkdownOptions options, int budget, bool withReason, BinaryFormat format)
    {
        if (changes.Count == 0 || sb.Length >= budget)
        {
            return;
        }

        sb.Append("<details><summary>").Append(title).Append(" (").Append(changes.Count).Append(")</summary>\n\n");
        WriteTable(sb, changes, options.MaxOtherRows, budget, options.DiffUrl, withReason, format);
        sb.Append("</details>\n\n");
    }

    private static void WriteTable(StringBuilder sb, List<AbiChange> changes, int maxRows, int budget, string? diffUrl, bool withReason, BinaryFormat format)
    {
        // Changes read from debug info get their own table: a type, what changed in it, and the exports it reaches.
        var symbolRows = changes.Where(c => !AbiChangeText.IsDebugInfoKind(c.Kind)).ToList();
        var abiRows = changes.Where(c => AbiChangeText.IsDebugInfoKind(c.Kind)).ToList();
        int shown = symbolRows.Count == 0 ? 0 : WriteSymbolTable(sb, symbolRows, maxRows, budget, withReason, format);
        if (abiRows.Count > 0)
        {
            shown += WriteAbiTable(sb, abiRows, maxRows - shown, budget, withReason);
        }

        sb.Append('\n');
        if (shown < changes.Count)
        {
            sb.Append("and ").Append(changes.Count - shown).Append(" more");
            sb.Append(diffUrl is null ? " (`abiportal diff --json` lists all)" : $" in the [full diff]({diffUrl})");
            sb.Append("\n\n");
        }
    }

    /// <summary>Name-level changes: kind, symbol, before, after. Returns the rows written.</summary>
    private static int WriteSymbolTable(StringBuilder sb, List<AbiChange> changes, int maxRows, int budget, bool withReason, BinaryFormat format)
    {
        // A note column only where some change carries a detail (the distributions a newly required version excludes ...).
        bool withDetail = changes.Exists(c => c.Detail is not null);
        sb.Append("| change | symbol | before | after |");
        sb.Append(withDetail ? " note |" : string.Empty).Append(withReason ? " reason |" : string.Empty).Append('\n');
        sb.Append("|---|---|---|---|").Append(withDetail ? "---|" : string.Empty).Append(withReason ? "---|" : string.Empty).Append('\n');

        // C++ complete- and base-object constructors (C1/C2), destructors (D0/D1/D2) and the like
        // demangle to the same text: two identical rows read as a duplicate, so those rows also
        // show the raw name.
        var ambiguous = changes.Where(c => c.Demangled is not null && c.Symbol is not null)
            .GroupBy(c => c.Demangled!, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Symbol).Distinct(StringComparer.Ordinal).Skip(1).Any())
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        int shown = 0;
        foreach (var c in changes)
        {
            if (shown >= maxRows)
            {
                break;
            }

            string row = Row(c, withDetail, withReason, ambiguous, format);
            if (sb.Length + row.Length > budget)
            {
                break;
            }

            sb.Append(row);
            shown++;
        }

        return shown;
    }

    /// <summary>
    /// One change in words: the kind as a phrase in the format's terms ("SONAME changed", not
    /// <c>identity-changed</c>), and a dash where a file-level change has no symbol.
    /// </summary>
    private static string Row(AbiChange c, bool withDetail, bool withReason, HashSet<string> ambiguous, BinaryFormat format)
    {
        string kind = ChangeHeadline.Of(c.Kind, format);
        string symbol = c.Kind switch
        {
            ChangeKind.VersionNodeRenamed or ChangeKind.SymbolsVersioned => (c.Symbols?.Count ?? 0) == 1 ? "1 symbol" : $"{c.Symbols?.Count ?? 0} symbols",
            ChangeKind.ProtectionLost or ChangeKind.ProtectionGained when c.Symbol is not null => Escape(Protections.Title(c.Symbol)),

            // Before and after carry both signatures; the symbol cell names the function once.
            ChangeKind.SignatureChanged when CppSignature.QualifiedName(c.Demangled) is { } qualified => Code(qualified),
            _ => c.DisplayName is { } name ? Code(name) + (c.Version is not null && c.Kind is ChangeKind.ExportRemoved or ChangeKind.ExportAdded ? " @ " + Code(c.Version) : string.Empty) : string.Empty,
        };
        if (c.Demangled is not null && c.Symbol is not null && ambiguous.Contains(c.Demangled))
        {
            symbol += " (" + Code(c.Symbol) + ")";
        }

        if (c.Member is not null)
        {
            symbol = $"[{Inert(c.Member)}] {symbol}";
        }

        string row = $"| {kind} | {(symbol.Length == 0 ? "—" : symbol)} | {Cell(c.Before)} | {Cell(c.After)} |";
        if (withDetail)
        {
            row += $" {Escape(c.Detail ?? string.Empty)} |";
        }

        return withReason ? row + $" {Inert(c.Reason ?? string.Empty)} |\n" : row + "\n";
    }

    private static string Cell(string? value) => value is null ? string.Empty : Code(value);

    private static string Code(string text) => MarkdownText.Code(text);

    private static string Inert(string text) => MarkdownText.Inert(text);

    /// <summary>Our own sentences (which may quote names read from the binary): see <see cref="MarkdownText.Escape"/>.</summary>
    private static string Escape(string text) => MarkdownText.Escape(text);

    private static string InertComment(string text) => MarkdownText.InertComment(text);
}

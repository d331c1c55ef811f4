using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Lint;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Lint;

/// <summary>Lint entries of the shared suppression file: parsing, matching, expiry.</summary>
public sealed class LintSuppressionTests
{
    private static LintReport Lint(string json, DateOnly today)
        => Linter.LintFile(TestPaths.Fixture("lint", "libthing.so"), new LintOptions { Suppressions = SuppressionFile.Parse(json), Today = today });

    [Theory]
    [InlineData("""[{"rule": "callee-saved-register", "kind": "export-removed", "reason": "r"}]""", "not both")]
    [InlineData("""[{"rule": "callee-saved-register"}]""", "a reason is required")]
    [InlineData("""[{"reason": "r"}]""", "give a symbol, a type, a kind or a lint rule")]
    public void Malformed_lint_entries_are_refused(string json, string message)
        => Assert.Contains(message, Assert.Throws<FormatException>(() => SuppressionFile.Parse(json)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_rule_glob_and_symbol_mark_findings_and_each_entry_says_how_it_fared()
    {
        var report = Lint("""
            [{"rule": "*", "symbol": "thing_s*", "reason": "sum and logger are frozen"},
             {"rule": "callee-saved-register", "reason": "old", "expires": "2026-01-31"},
             {"rule": "unversioned-export", "reason": "none here"}]
            """, new DateOnly(2026, 12, 2));
        Assert.Equal(["thing_set_logger", "thing_sum"], report.Findings.Where(f => f.Suppressed).Select(f => f.Symbol!).Order(StringComparer.Ordinal));
        Assert.All(report.Findings.Where(f => f.Suppressed), f => Assert.Equal("sum and logger are frozen", f.Reason));
        Assert.Equal(new LintSummary(1, 1, 0, 2), report.Summary);
        Assert.Equal([SuppressionStatus.Applied, SuppressionStatus.Expired, SuppressionStatus.Unmatched], report.Suppressions.Select(s => s.Status));
        Assert.Equal(1, report.Suppressions[1].Matched);
    }
}

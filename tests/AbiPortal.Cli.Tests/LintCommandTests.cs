using System.Text.Json;
using AbiPortal.Parsers.Lint;
using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// <c>abiportal lint</c>: exit statuses, <c>--fail-on</c>, suppressions, JSON, SARIF and golden text
/// outputs on the fixtures of tests/fixtures/lint. After an intended change:
/// <c>ABIPORTAL_UPDATE_GOLDEN=1 dotnet test tests/AbiPortal.Cli.Tests --filter Lint</c>.
/// </summary>
public sealed class LintCommandTests
{
    private static string Fixture(string name) => TestPaths.Fixture("lint", name);

    private static bool Update => Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1";

    [Fact]
    public void Findings_exit_4_and_a_clean_library_exits_0()
    {
        Assert.Equal(4, CliRunner.Run("lint", Fixture("libthing.so")).Exit);
        var (exit, stdout, _) = CliRunner.Run("lint", Fixture("libthing-fixed.so"));
        Assert.Equal(0, exit);
        Assert.StartsWith("libthing-fixed.so: elf x86_64: clean\n", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("libloose.so", "note", 4)]
    [InlineData("libloose.so", "warning", 0)]
    [InlineData("libbundled.so", "warning", 4)]
    [InlineData("libbundled.so", "error", 0)]
    [InlineData("libthing.so", "error", 4)]
    [InlineData("libthing.so", "none", 0)]
    [InlineData("libbuf.so", "error", 0)]
    public void Fail_on_sets_the_least_level_that_exits_4(string file, string level, int exit)
        => Assert.Equal(exit, CliRunner.Run("lint", "--fail-on", level, Fixture(file)).Exit);

    [Fact]
    public void A_rule_entry_in_a_suppression_file_marks_the_finding_and_it_no_longer_counts()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lint-suppress-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"suppressions": [{"rule": "callee-saved-register", "symbol": "thing_fast", "reason": "scratch register by contract"}, {"rule": "*-by-value", "reason": "a two-long struct is stable"}, {"rule": "aggregate-by-value", "symbol": "nothing_here", "reason": "unused"}]}""");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("lint", "--suppressions", path, Fixture("libthing.so"), Fixture("win.dll"));
            Assert.Equal(4, exit); // win.dll's findings still count
            Assert.Contains("Suppressed (2)", stdout, StringComparison.Ordinal);
            Assert.Contains("suppressed: scratch register by contract", stdout, StringComparison.Ordinal);
            Assert.Contains("suppression 3 matched nothing: rule aggregate-by-value", stderr, StringComparison.Ordinal);
            Assert.Equal(0, CliRunner.Run("lint", "--suppressions", path, Fixture("libthing.so"), "--rule", "callee-saved-register", "--rule", "aggregate-by-value").Exit);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_diff_ignores_lint_entries_of_a_shared_suppression_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lint-suppress-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """[{"rule": "*", "reason": "lint only"}]""");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("diff", "--suppressions", path, Fixture("libthing.so"), Fixture("libthing-fixed.so"));
            // The fixed signatures (from debug info) are incompatible and thing_free is added:
            // all counted, none suppressed by the lint entry.
            Assert.Equal(12, exit);
            Assert.Contains("3 incompatible, 0 api-break, 0 risk, 1 compatible, 0 info, 0 suppressed", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("suppression", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Json_is_an_array_of_reports_that_read_back()
    {
        var (exit, stdout, _) = CliRunner.Run("lint", "--json", Fixture("libthing.so"), Fixture("libloose-fixed.so"));
        Assert.Equal(4, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        var first = doc.RootElement[0];
        Assert.Equal(1, first.GetProperty("schemaVersion").GetInt32());
        var finding = first.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "callee-saved-register");
        Assert.Equal("error", finding.GetProperty("level").GetString());
        Assert.Equal("mov rbx, 0x7b", finding.GetProperty("instruction").GetString());
        var report = LintJson.Deserialize(first.GetRawText());
        Assert.Equal("libthing.so", report.File.Name);
        Assert.Equal(report.Findings.Count, report.Summary.Total);
    }

    [Fact]
    public void Sarif_has_every_rule_and_a_result_per_finding_with_its_address()
    {
        var (exit, stdout, _) = CliRunner.Run("lint", "--sarif", Fixture("libthing.so"));
        Assert.Equal(4, exit);
        using var doc = JsonDocument.Parse(stdout);
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal(LintRules.Infos.Select(r => r.Id), run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "callee-saved-register");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0];
        Assert.Equal("libthing.so", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.True(location.GetProperty("physicalLocation").GetProperty("address").GetProperty("absoluteAddress").GetUInt64() > 0);
        Assert.Equal("thing_fast", location.GetProperty("logicalLocations")[0].GetProperty("name").GetString());
        Assert.StartsWith("thing_fast writes rbx", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_2_and_a_missing_file_exits_1()
    {
        Assert.Equal(2, CliRunner.Run("lint", "--json", "--sarif", Fixture("libthing.so")).Exit);
        Assert.Equal(2, CliRunner.Run("lint", "--rule", "no-such-rule", Fixture("libthing.so")).Exit);
        Assert.Equal(2, CliRunner.Run("lint", "--fail-on", "sometimes", Fixture("libthing.so")).Exit);
        Assert.Equal(1, CliRunner.Run("lint", Path.Combine(Path.GetTempPath(), "no-such-library.so")).Exit);
    }

    [Theory]
    [InlineData("libthing.so")]
    [InlineData("win.dll")]
    [InlineData("libcxxleak.so")]
    public void Text_output_matches_the_golden(string file)
    {
        var (_, stdout, _) = CliRunner.Run("lint", Fixture(file));
        string path = Fixture(file) + ".lint.txt";
        if (Update)
        {
            File.WriteAllText(path, stdout);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with ABIPORTAL_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(path), stdout);
    }

    [Fact]
    public void Diff_with_lint_calls_out_only_the_findings_the_new_version_introduces()
    {
        // fixed -> broken: every finding of libthing.so is new; broken -> fixed: none is.
        var (_, stdout, _) = CliRunner.Run("diff", "--lint", Fixture("libthing-fixed.so"), Fixture("libthing.so"));
        Assert.Contains("New ABI contract findings (4; see abiportal lint)", stdout, StringComparison.Ordinal);
        Assert.Contains("error callee-saved-register: thing_fast @ 0x", stdout, StringComparison.Ordinal);
        var (_, markdown, _) = CliRunner.Run("diff", "--lint", "--markdown", Fixture("libthing-fixed.so"), Fixture("libthing.so"));
        Assert.Contains("#### New ABI contract findings (4)", markdown, StringComparison.Ordinal);
        Assert.Contains("| error | `callee-saved-register` | `thing_fast` |", markdown, StringComparison.Ordinal);
        Assert.Contains("| warning | `callback-without-context` | `thing_set_logger` |", markdown, StringComparison.Ordinal);
        var (_, json, _) = CliRunner.Run("diff", "--lint", "--json", Fixture("libthing.so"), Fixture("libthing-fixed.so"));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(0, doc.RootElement.GetProperty("newFindings").GetArrayLength());
        var (_, plain, _) = CliRunner.Run("diff", "--json", Fixture("libthing-fixed.so"), Fixture("libthing.so"));
        Assert.DoesNotContain("newFindings", plain, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// <c>abiportal diff</c> on snapshot JSON files written from snapshots built in code: exit
/// statuses (abidiff's bits and --fail-on), output formats, suppressions and errors.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("abiportal-diff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static SnapshotExport Fn(string name) => new() { Name = name, Kind = SymbolKind.Function, Binding = SymbolBinding.Global };

    private string Save(string name, params SnapshotExport[] exports) => Save(name, [], exports);

    private string Save(string name, SnapshotDependency[] dependencies, params SnapshotExport[] exports)
    {
        var snapshot = new Snapshot
        {
            File = new SnapshotFile(name, 0, null),
            Format = BinaryFormat.Elf,
            Arch = "x86_64",
            Kind = BinaryKind.SharedLibrary,
            Identity = new SnapshotIdentity { Name = "libx.so.1" },
            Exports = exports,
            Dependencies = dependencies,
        };
        string path = Path.Combine(_dir, name + ".json");
        File.WriteAllText(path, SnapshotJson.Serialize(snapshot));
        return path;
    }

    private (string Old, string New) Pair(SnapshotExport[] before, SnapshotExport[] after) => (Save("old", before), Save("new", after));

    private (string Old, string New) Compatible() => Pair([Fn("a")], [Fn("a"), Fn("b")]);

    private (string Old, string New) Incompatible() => Pair([Fn("a"), Fn("b")], [Fn("a")]);

    [Fact]
    public void No_change_exits_0()
    {
        var (o, n) = Pair([Fn("a")], [Fn("a")]);
        var (exit, stdout, _) = CliRunner.Run("diff", o, n);
        Assert.Equal(0, exit);
        Assert.Contains("verdict: none", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 4)]
    [InlineData("incompatible", 4)]
    [InlineData("any", 12)]
    [InlineData("none", 0)]
    public void Compatible_changes_set_bit_4_and_bit_8_only_when_failing_on_any(string? failOn, int expected)
    {
        var (o, n) = Compatible();
        string[] args = failOn is null ? ["diff", o, n] : ["diff", o, n, "--fail-on", failOn];
        Assert.Equal(expected, CliRunner.Run(args).Exit);
    }

    [Theory]
    [InlineData(null, 12)]
    [InlineData("any", 12)]
    [InlineData("none", 0)]
    public void Incompatible_changes_exit_12_unless_failing_on_none(string? failOn, int expected)
    {
        var (o, n) = Incompatible();
        string[] args = failOn is null ? ["diff", o, n] : ["diff", o, n, "--fail-on", failOn];
        Assert.Equal(expected, CliRunner.Run(args).Exit);
    }

    /// <summary>The new build needs a newer glibc: old binaries keep working, older systems cannot load it.</summary>
    private (string Old, string New) Risk()
        => (Save("old", [new SnapshotDependency { Name = "libc.so.6", RequiredVersions = ["GLIBC_2.2.5"] }], Fn("a")),
            Save("new", [new SnapshotDependency { Name = "libc.so.6", RequiredVersions = ["GLIBC_2.2.5", "GLIBC_2.34"] }], Fn("a")));

    [Theory]
    [InlineData(null, 4)]
    [InlineData("incompatible", 4)]
    [InlineData("api-break", 4)]
    [InlineData("risk", 12)]
    [InlineData("compatible", 12)]
    [InlineData("any", 12)]
    [InlineData("none", 0)]
    public void A_risk_exits_4_unless_failing_on_risk_or_below(string? failOn, int expected)
    {
        var (o, n) = Risk();
        string[] args = failOn is null ? ["diff", o, n] : ["diff", o, n, "--fail-on", failOn];
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.True(expected == exit, stderr);
        Assert.Contains("verdict: risk (0 incompatible, 0 api-break, 1 risk, 0 compatible, 0 info, 0 suppressed)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_rejects_unknown_tiers()
        => Assert.Equal(2, CliRunner.Run("diff", "a", "b", "--fail-on", "breaking").Exit);

    [Fact]
    public void Info_only_changes_exit_0()
    {
        var (o, n) = Pair([Fn("_ZN1c1f17h0123456789abcdefE")], [Fn("_ZN1c1f17h1111111111111111E")]);
        var (exit, stdout, _) = CliRunner.Run("diff", o, n, "--fail-on", "any");
        Assert.Equal(0, exit);
        Assert.Contains("Rust symbols rebuilt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_follows_the_schema()
    {
        var (o, n) = Incompatible();
        var (exit, stdout, _) = CliRunner.Run("diff", "--json", o, n);
        Assert.Equal(12, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("incompatible", doc.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("byKind").GetProperty("export-removed").GetInt32());
        Assert.Equal("b", doc.RootElement.GetProperty("changes")[0].GetProperty("symbol").GetString());
    }

    [Fact]
    public void Markdown_output_carries_the_marker_and_link()
    {
        var (o, n) = Incompatible();
        var (exit, stdout, _) = CliRunner.Run("diff", "--markdown", "--marker", "abiportal-diff:libx", "--link", "https://abi.example/d/1", o, n);
        Assert.Equal(12, exit);
        Assert.StartsWith("<!-- abiportal-diff:libx -->", stdout, StringComparison.Ordinal);
        Assert.Contains("[full diff](https://abi.example/d/1)", stdout, StringComparison.Ordinal);
        Assert.Contains("| Export removed | `b` |", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_output_is_sarif_2_1_0()
    {
        var (o, n) = Incompatible();
        using var doc = JsonDocument.Parse(CliRunner.Run("diff", "--sarif", o, n).Stdout);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal("export-removed", doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Suppressed_changes_do_not_count_and_stale_entries_are_reported()
    {
        var (o, n) = Incompatible();
        string file = Path.Combine(_dir, "suppressions.json");
        File.WriteAllText(file, """{"suppressions": [{"symbol": "b", "kind": "export-removed", "reason": "internal helper"}, {"symbol": "zzz", "reason": "stale"}]}""");
        var (exit, stdout, stderr) = CliRunner.Run("diff", o, n, "--suppressions", file);
        Assert.Equal(0, exit);
        Assert.Contains("(suppressed: internal helper)", stdout, StringComparison.Ordinal);
        Assert.Contains("unmatched: #2", stdout, StringComparison.Ordinal);
        Assert.Contains("suppression matched nothing: #2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_suppression_file_is_an_error()
    {
        var (o, n) = Incompatible();
        string file = Path.Combine(_dir, "bad.json");
        File.WriteAllText(file, """[{"symbol": "b"}]""");
        var (exit, _, stderr) = CliRunner.Run("diff", o, n, "--suppressions", file);
        Assert.Equal(1, exit);
        Assert.Contains("reason is required", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_an_error()
    {
        var (o, _) = Incompatible();
        Assert.Equal(1, CliRunner.Run("diff", o, Path.Combine(_dir, "nope.so")).Exit);
    }

    [Fact]
    public void Json_that_is_not_a_snapshot_is_an_error()
    {
        var (o, _) = Incompatible();
        string path = Path.Combine(_dir, "other.json");
        File.WriteAllText(path, """{"file": 3}""");
        var (exit, _, stderr) = CliRunner.Run("diff", o, path);
        Assert.Equal(1, exit);
        Assert.Contains("not a snapshot JSON file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrecognised_binary_is_an_error()
    {
        var (o, _) = Incompatible();
        string path = Path.Combine(_dir, "text.so");
        File.WriteAllText(path, "not a binary\n");
        Assert.Equal(1, CliRunner.Run("diff", o, path).Exit);
    }

    [Theory]
    [InlineData("--json", "--markdown")]
    [InlineData("--fail-on", "sometimes")]
    public void Bad_options_are_usage_errors(string a, string b)
    {
        var (o, n) = Incompatible();
        Assert.Equal(2, CliRunner.Run("diff", a, b, o, n).Exit);
    }

    [Fact]
    public void Missing_argument_is_a_usage_error()
    {
        var (o, _) = Incompatible();
        Assert.Equal(2, CliRunner.Run("diff", o).Exit);
    }
}

using System.Text.Json;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// <c>abiportal diff</c> on snapshot JSON carrying ABI surfaces: the Point pair through the
/// command line in every format, exit statuses per tier, type suppressions and the evidence note.
/// </summary>
public sealed class TypeDiffCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("abiportal-typediff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Save(string name, Snapshot snapshot)
    {
        string path = Path.Combine(_dir, name + ".json");
        File.WriteAllText(path, SnapshotJson.Serialize(snapshot with { File = snapshot.File with { Name = name + ".so" } }));
        return path;
    }

    private (string Old, string New) Point() => (Save("old", AbiSurfaceBuilder.Point(false).Snapshot("x")), Save("new", AbiSurfaceBuilder.Point(true).Snapshot("x")));

    /// <summary>A struct the library hands out, grown at the end: a risk.</summary>
    private (string Old, string New) HandedOut()
    {
        Snapshot Build(bool grown)
        {
            var b = new AbiSurfaceBuilder();
            string i = b.Int();
            string obj = grown ? b.Struct("obj", 12, ("a", i, 0), ("b", i, 4), ("c", i, 8)) : b.Struct("obj", 8, ("a", i, 0), ("b", i, 4));
            return b.Function("obj_new", b.Pointer(obj)).Snapshot("x");
        }

        return (Save("old", Build(false)), Save("new", Build(true)));
    }

    [Fact]
    public void The_point_pair_is_incompatible_in_every_format_naming_the_struct_the_field_and_both_functions()
    {
        var (o, n) = Point();

        var (exit, text, _) = CliRunner.Run("diff", o, n);
        Assert.Equal(12, exit);
        Assert.Contains("verdict: incompatible", text, StringComparison.Ordinal);
        Assert.Contains("struct Point: size 8 -> 12 bytes", text, StringComparison.Ordinal);
        Assert.Contains("struct Point: field `z` added at offset 8", text, StringComparison.Ordinal);
        Assert.Contains("get_x: parameter 1 `struct Point *` → struct Point", text, StringComparison.Ordinal);
        Assert.Contains("init_point: parameter 1 `struct Point *` → struct Point", text, StringComparison.Ordinal);

        var (jsonExit, json, _) = CliRunner.Run("diff", "--json", o, n);
        Assert.Equal(12, jsonExit);
        using var doc = JsonDocument.Parse(json);
        var change = doc.RootElement.GetProperty("changes")[0];
        Assert.Equal(("type-size-changed", "incompatible", "struct Point"), (change.GetProperty("kind").GetString(), change.GetProperty("severity").GetString(), change.GetProperty("type").GetString()));
        Assert.Equal(["get_x", "init_point"], change.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        var (mdExit, md, _) = CliRunner.Run("diff", "--markdown", o, n);
        Assert.Equal(12, mdExit);
        Assert.Contains("### ❌ ABI diff: **incompatible**", md, StringComparison.Ordinal);
        Assert.Contains("| field-added | `struct Point` | field `z` added at offset 8", md, StringComparison.Ordinal);
        Assert.Contains("``get_x: parameter 1 `struct Point *` → struct Point``", md, StringComparison.Ordinal);

        var (sarifExit, sarif, _) = CliRunner.Run("diff", "--sarif", o, n);
        Assert.Equal(12, sarifExit);
        Assert.Contains("\"name\": \"struct Point\"", sarif, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 4)]
    [InlineData("risk", 12)]
    [InlineData("api-break", 4)]
    public void A_risk_exits_4_unless_failing_on_risk(string? failOn, int expected)
    {
        var (o, n) = HandedOut();
        string[] args = failOn is null ? ["diff", o, n] : ["diff", o, n, "--fail-on", failOn];

        var (exit, stdout, _) = CliRunner.Run(args);

        Assert.Equal(expected, exit);
        Assert.Contains("verdict: risk", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_suppression_mutes_the_struct_and_is_reported_applied()
    {
        var (o, n) = Point();
        string suppressions = Path.Combine(_dir, "s.json");
        File.WriteAllText(suppressions, """{"suppressions": [{"type": "struct Point", "reason": "callers never allocate it (documented)"}]}""");

        var (exit, stdout, stderr) = CliRunner.Run("diff", "--suppressions", suppressions, o, n);

        Assert.Equal(0, exit);
        Assert.Contains("(suppressed: callers never allocate it (documented))", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public void One_side_without_debug_info_is_said_in_every_format()
    {
        string o = Save("old", AbiSurfaceBuilder.Point(false).Snapshot("x"));
        string n = Save("new", AbiSurfaceBuilder.Point(true).Snapshot("x") with { Abi = null });

        var (exit, text, _) = CliRunner.Run("diff", o, n);
        Assert.Equal(0, exit);
        Assert.Contains("evidence: old.so: symbols + debug info (DWARF 5, 1 unit); new.so: symbols only\n", text, StringComparison.Ordinal);
        Assert.Contains("not checked: old.so has debug info but new.so has none", text, StringComparison.Ordinal);
        Assert.Contains("**Not checked:**", CliRunner.Run("diff", "--markdown", o, n).Stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(CliRunner.Run("diff", "--json", o, n).Stdout);
        Assert.Single(doc.RootElement.GetProperty("notes").EnumerateArray());
    }
}

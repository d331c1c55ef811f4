using AbiPortal.Parsers.Matrix;
using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// <c>abiportal matrix</c> on the builds of tests/fixtures/matrix: golden text, JSON and CSV, the
/// names look-up, and the exit statuses (0 everywhere, 4 some name missing, 1 unreadable, 2
/// usage). Regenerate the goldens after an intended change with <c>ABIPORTAL_UPDATE_GOLDEN=1</c>.
/// </summary>
public sealed class MatrixCommandTests
{
    private static bool Update => Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1";

    private static string F(string name) => TestPaths.Fixture("matrix", name);

    /// <summary>The two sets of builds, as a user would give them.</summary>
    public static TheoryData<string> Sets => new() { "tally", "counter" };

    private static string[] Arguments(string set) => set switch
    {
        "tally" => ["--platform", "linux-x86_64=" + F("libtally.so"), "--platform", "windows-x86_64=" + F("tally-x64.dll"), "--platform", "windows-x86=" + F("tally-x86.dll"), F("libtally.fat.dylib")],
        _ => [F("libcounter.so"), F("counter.dll"), F("libcounter.dylib")],
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Outputs_match_the_goldens(string set)
    {
        foreach (var (option, extension) in new[] { ((string?)null, "txt"), ("--json", "json"), ("--csv", "csv") })
        {
            string[] args = ["matrix", .. option is null ? Array.Empty<string>() : [option], .. Arguments(set)];
            var (exit, stdout, stderr) = CliRunner.Run(args);
            Assert.True(exit == 4, $"exit {exit}: {stderr}");
            Golden($"{set}.{extension}", stdout);
        }
    }

    [Fact]
    public void Names_are_looked_up_in_any_spelling()
    {
        var (exit, stdout, _) = CliRunner.Run(["matrix", "--names", F("names.txt"), .. Arguments("counter")]);
        Assert.Equal(4, exit);
        Golden("counter-names.txt", stdout);

        var (jsonExit, json, _) = CliRunner.Run(["matrix", "--json", "--names", F("names.txt"), .. Arguments("counter")]);
        Assert.Equal(4, jsonExit);
        Assert.Contains("\"query\": \"?value@Counter@tally@@QEBAHXZ\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"tally::Counter::value() const\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_is_0_when_every_name_is_on_every_build()
    {
        // The same DLL with and without --kill-at: every name on both, spelled two ways.
        var (exit, stdout, _) = CliRunner.Run("matrix", F("tally-x86.dll"), F("tally-x86-killat.dll"));
        Assert.Equal(0, exit);
        Assert.Contains("9 names: 9 on every build, 0 not; 7 under another spelling somewhere", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Not on every build", stdout, StringComparison.Ordinal);

        string names = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(names, ["tally_add", "tally_new@4", "_tally_version"]);
            Assert.Equal(0, CliRunner.Run("matrix", "--names", names, F("libtally.so"), F("libtally.fat.dylib")).Exit);
        }
        finally
        {
            File.Delete(names);
        }
    }

    [Fact]
    public void Filters_narrow_the_rows()
    {
        var (exit, stdout, _) = CliRunner.Run(["matrix", "--csv", "--filter", "gaps", "--missing-on", "windows-x86", .. Arguments("tally")]);
        Assert.Equal(4, exit);
        var lines = stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("tally_load_fd,function,no,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_json_files_give_the_same_matrix_as_the_binaries()
    {
        using var folder = new TempFolder();
        var inputs = new List<string>();
        foreach (string file in new[] { "libcounter.so", "counter.dll", "libcounter.dylib" })
        {
            var (exit, json, _) = CliRunner.Run("inspect", "--json", F(file));
            Assert.Equal(0, exit);
            string path = Path.Combine(folder.Path, file + ".json");
            File.WriteAllText(path, json);
            inputs.Add(path);
        }

        var fromJson = MatrixJson.Deserialize(CliRunner.Run(["matrix", "--json", .. inputs]).Stdout);
        var fromBinaries = MatrixJson.Deserialize(CliRunner.Run(["matrix", "--json", .. Arguments("counter")]).Stdout);
        Assert.Equal(fromBinaries.Columns.Select(c => c.Label), fromJson.Columns.Select(c => c.Label));
        Assert.Equal(fromBinaries.Rows.Select(r => (r.Name, r.Everywhere)), fromJson.Rows.Select(r => (r.Name, r.Everywhere)));
    }

    [Theory]
    [InlineData(2, "matrix")]
    [InlineData(2, "matrix", "@libtally.so")]
    [InlineData(2, "matrix", "--platform", "libtally.so", "@tally-x64.dll")]
    [InlineData(2, "matrix", "--json", "--csv", "@libtally.so", "@tally-x64.dll")]
    [InlineData(2, "matrix", "--filter", "bogus", "@libtally.so", "@tally-x64.dll")]
    [InlineData(2, "matrix", "--missing-on", "plan9", "@libtally.so", "@tally-x64.dll")]
    [InlineData(1, "matrix", "@libtally.so", "no-such-file.so")]
    [InlineData(1, "matrix", "@libtally.so", "@src/tally.c")]
    public void Bad_usage_and_unreadable_files_have_their_own_status(int status, params string[] args)
    {
        string[] resolved = args.Select(a => a.StartsWith('@') ? F(a[1..]) : a).ToArray();
        var (exit, _, stderr) = CliRunner.Run(resolved);
        Assert.True(status == exit, $"exit {exit}: {stderr}");
        Assert.NotEmpty(stderr);
    }

    private static void Golden(string name, string actual)
    {
        string path = Path.Combine(TestPaths.Fixtures("matrix"), "expected", name);
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with ABIPORTAL_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    /// <summary>A temporary folder removed at the end of the test.</summary>
    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("abiportal-matrix-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

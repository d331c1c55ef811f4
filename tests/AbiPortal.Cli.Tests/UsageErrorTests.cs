using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// What a person who mistypes reads: unknown options are usage errors (exit 2) with the nearest
/// option, a missing file reads the same in every command, and every command's help lists its
/// exit statuses and two examples. The transcript of all cases is a golden file
/// (tests/fixtures/cli-errors/expected.txt); regenerate it with <c>ABIPORTAL_UPDATE_GOLDEN=1</c>.
/// </summary>
public sealed class UsageErrorTests
{
    private static readonly string[] Commands = ["inspect", "demangle", "diff", "lint", "matrix", "check"];

    private static bool Update => Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1";

    /// <summary>Each case: the arguments. Files that exist are the ui fixtures, named relative to the repository.</summary>
    private static readonly string[][] Cases =
    [
        ["inspect", "--jsn", "tests/fixtures/ui/libshapes.so.1.0"],
        ["diff", "--jsno", "tests/fixtures/ui/libshapes.so.1.0", "tests/fixtures/ui/libshapes.so.1.1"],
        ["diff", "--markdwn", "tests/fixtures/ui/libshapes.so.1.0", "tests/fixtures/ui/libshapes.so.1.1"],
        ["lint", "--sarfi", "tests/fixtures/ui/libshapes.so.1.0"],
        ["matrix", "--cvs", "tests/fixtures/ui/libshapes.so.1.0", "tests/fixtures/ui/libshapes.so.1.1"],
        ["demangle", "--zzzzzz", "_Z1fv"],
        ["inspect", "no-such-file.so"],
        ["diff", "no-such-file.so", "tests/fixtures/ui/libshapes.so.1.0"],
        ["lint", "no-such-file.so"],
        ["matrix", "no-such-file.so", "tests/fixtures/ui/libshapes.so.1.0"],
        ["check", "no-such-file.so", "--server", "http://127.0.0.1:9", "--library", "shapes"],
    ];

    [Fact]
    public void Errors_match_the_golden_transcript()
    {
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = TestPaths.RepoRoot;
        try
        {
            var transcript = new System.Text.StringBuilder();
            foreach (string[] args in Cases)
            {
                var (exit, _, stderr) = CliRunner.Run(args);
                transcript.Append("$ abiportal ").AppendJoin(' ', args).Append('\n')
                    .Append(stderr.Replace("\r\n", "\n", StringComparison.Ordinal))
                    .Append("[exit ").Append(exit).Append("]\n\n");
            }

            string path = TestPaths.Fixture("cli-errors", "expected.txt");
            if (Update)
            {
                File.WriteAllText(path, transcript.ToString());
            }

            Assert.Equal(File.ReadAllText(path), transcript.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_the_nearest_option()
    {
        var (exit, stdout, stderr) = CliRunner.Run("inspect", "--jsn", TestPaths.Fixture("ui", "libshapes.so.1.0"));
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("abiportal inspect: unknown option '--jsn'. Did you mean '--json'?", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_double_dash_a_dash_word_is_a_file()
    {
        var (exit, _, stderr) = CliRunner.Run("inspect", "--", "-not-an-option.so");
        Assert.Equal(1, exit);
        Assert.Contains("abiportal: -not-an-option.so: no such file.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_help_lists_exit_statuses_and_two_examples()
    {
        foreach (string command in Commands)
        {
            var (exit, stdout, _) = CliRunner.Run(command, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("Exit status:", stdout, StringComparison.Ordinal);
            Assert.Contains("  2   a usage error", stdout, StringComparison.Ordinal);
            string examples = stdout[stdout.IndexOf("Examples:", StringComparison.Ordinal)..];
            Assert.Equal(2, examples.Split('\n').Count(l => l.TrimStart().StartsWith($"abiportal {command} ", StringComparison.Ordinal) || l.Contains($"| abiportal {command}", StringComparison.Ordinal)));
        }
    }
}

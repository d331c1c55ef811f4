using System.Text.Json;

namespace AbiPortal.Cli.Tests;

public sealed class InspectCommandTests
{
    [Fact]
    public void Unsupported_file_exits_1_and_still_prints_json_with_a_diagnostic()
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "just text, not a binary\n");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("inspect", "--json", path);
            Assert.Equal(1, exit);
            using var doc = JsonDocument.Parse(stdout);
            Assert.Equal("unknown", doc.RootElement.GetProperty("format").GetString());
            Assert.Equal("GEN0001", doc.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
            Assert.Contains("Not a recognised binary format", stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_argument_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("inspect");
        Assert.Equal(2, exit);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
        => Assert.Equal(2, CliRunner.Run("frobnicate").Exit);
}

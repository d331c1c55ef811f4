using System.Security.Cryptography;
using System.Text.Json;
using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary><c>abiportal inspect</c> on the ELF fixtures: the table, the JSON contract (checked against docs/snapshot.schema.json) and exit codes.</summary>
public sealed class ElfInspectTests
{
    private static readonly string[] Fixtures = ["libversioned.so", "libversioned-nosections.so", "program-pie", "object.o", "object-ppc64be.o", "libcross-mips.so", "libcross-i386.so"];

    private static JsonSchemaValidator Schema()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "snapshot.schema.json")));
        return new JsonSchemaValidator(doc.RootElement.Clone());
    }

    [Fact]
    public void Text_table_shows_versions_like_nm_D()
    {
        var (exit, stdout, stderr) = CliRunner.Run("inspect", TestPaths.Fixture("elf", "libversioned.so"));
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.StartsWith("libversioned.so: elf x86_64 64-bit little-endian shared-library\n", stdout, StringComparison.Ordinal);
        Assert.Contains("soname: libversioned.so.1", stdout, StringComparison.Ordinal);
        Assert.Contains(" versioned_call@@VERS_2.0\n", stdout, StringComparison.Ordinal);
        Assert.Contains(" versioned_call@VERS_1.0\n", stdout, StringComparison.Ordinal);
        Assert.Contains("strdup@GLIBC_2.2.5 (libc.so.6)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden_function", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_one_valid_object_per_file_in_argument_order()
    {
        var paths = Fixtures.Select(f => TestPaths.Fixture("elf", f)).ToArray();
        var (exit, stdout, _) = CliRunner.Run(["inspect", "--json", .. paths]);
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Fixtures.Length, lines.Length);
        var schema = Schema();
        for (int i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var root = doc.RootElement;
            Assert.Equal(Fixtures[i], root.GetProperty("file").GetProperty("name").GetString());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(paths[i]))), root.GetProperty("file").GetProperty("sha256").GetString());
            var errors = schema.Validate(root);
            Assert.True(errors.Count == 0, Fixtures[i] + ":\n" + string.Join('\n', errors.Take(10)));
        }
    }

    [Fact]
    public void Json_of_every_fixture_of_every_format_validates_against_the_schema()
    {
        string root = TestPaths.Fixtures(string.Empty);
        string[] sources = [".c", ".cc", ".cpp", ".h", ".hpp", ".s", ".map", ".sh", ".txt", ".md", ".def", ".json", ".rs", ".m", ".py", ".yml"];
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !sources.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var (_, stdout, _) = CliRunner.Run(["inspect", "--json", .. files]);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Length, lines.Length);
        var schema = Schema();
        var errors = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            errors.AddRange(schema.Validate(doc.RootElement).Take(3).Select(e => Path.GetRelativePath(root, files[i]) + ": " + e));
        }

        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(30)));
    }

    [Fact]
    public void Json_export_has_the_contract_fields()
    {
        var (_, stdout, _) = CliRunner.Run("inspect", "--json", TestPaths.Fixture("elf", "libversioned.so"));
        using var doc = JsonDocument.Parse(stdout);
        var old = doc.RootElement.GetProperty("exports").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == "versioned_call" && e.GetProperty("version").GetString() == "VERS_1.0");
        Assert.False(old.GetProperty("defaultVersion").GetBoolean());
        Assert.Equal("function", old.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, old.GetProperty("ordinal").ValueKind);
        Assert.Equal(JsonValueKind.Null, old.GetProperty("forwarder").ValueKind);
        Assert.Equal("libc.so.6", doc.RootElement.GetProperty("dependencies")[0].GetProperty("name").GetString());
        Assert.Equal("needed", doc.RootElement.GetProperty("dependencies")[0].GetProperty("kind").GetString());
        Assert.Equal(0, doc.RootElement.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public void Schema_rejects_what_breaks_the_contract()
    {
        var schema = Schema();
        var (_, stdout, _) = CliRunner.Run("inspect", "--json", TestPaths.Fixture("elf", "object.o"));
        string broken = stdout.Replace("\"kind\":\"object\"", "\"kind\":\"library\"", StringComparison.Ordinal).Replace("\"schemaVersion\":2", "\"schemaVersion\":\"2\"", StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(broken);
        var errors = schema.Validate(doc.RootElement);
        Assert.Contains(errors, e => e.StartsWith("$.kind", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.schemaVersion", StringComparison.Ordinal));
        using var missing = JsonDocument.Parse("{\"schemaVersion\":1}");
        Assert.Contains(schema.Validate(missing.RootElement), e => e.Contains("missing required 'exports'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_file_among_good_ones_exits_1_and_still_prints_one_object_each()
    {
        string missing = Path.Combine(Path.GetTempPath(), "abiportal-no-such-file-" + Guid.NewGuid().ToString("N"));
        var (exit, stdout, stderr) = CliRunner.Run("inspect", "--json", TestPaths.Fixture("elf", "object.o"), missing);
        Assert.Equal(1, exit);
        Assert.Contains(missing, stderr, StringComparison.Ordinal);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var schema = Schema();
        foreach (string line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.Empty(schema.Validate(doc.RootElement));
        }

        using var last = JsonDocument.Parse(lines[1]);
        Assert.Equal("unknown", last.RootElement.GetProperty("format").GetString());
        Assert.Equal("GEN0004", last.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Truncated_elf_exits_1_with_an_error_diagnostic()
    {
        string path = Path.Combine(Path.GetTempPath(), "abiportal-truncated-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, File.ReadAllBytes(TestPaths.Fixture("elf", "libversioned.so"))[..40]);
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("inspect", "--json", path);
            Assert.Contains(path, stderr, StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(stdout);
            Assert.Equal("elf", doc.RootElement.GetProperty("format").GetString());
            Assert.Equal("ELF1001", doc.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
            Assert.Empty(Schema().Validate(doc.RootElement));
            Assert.Equal(1, exit);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using System.Text.Json;
using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary><c>abiportal inspect</c> on PE fixtures: the JSON fields the issue names for PE exports.</summary>
public sealed class PEInspectTests
{
    [Fact]
    public void Json_exports_carry_name_ordinal_forwarder_address_and_kind()
    {
        var (exit, stdout, _) = CliRunner.Run("inspect", "--json", TestPaths.Fixture("pe", "widget-x64.dll"));
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(("pe", "x86_64", "shared-library"), (root.GetProperty("format").GetString(), root.GetProperty("arch").GetString(), root.GetProperty("kind").GetString()));
        var exports = root.GetProperty("exports").EnumerateArray().ToList();

        var noName = exports.Single(e => e.GetProperty("ordinal").GetUInt32() == 9);
        Assert.Equal(JsonValueKind.Null, noName.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, noName.GetProperty("forwarder").ValueKind);
        Assert.Equal(JsonValueKind.Number, noName.GetProperty("address").ValueKind);
        Assert.Equal("function", noName.GetProperty("kind").GetString());

        var forwarder = exports.Single(e => e.GetProperty("name").GetString() == "other_sub");
        Assert.Equal("other.other_sub", forwarder.GetProperty("forwarder").GetString());
        Assert.Equal(JsonValueKind.Null, forwarder.GetProperty("address").ValueKind);

        var data = exports.Single(e => e.GetProperty("name").GetString() == "widget_count");
        Assert.Equal(("object", 7u), (data.GetProperty("kind").GetString(), data.GetProperty("ordinal").GetUInt32()));

        var identity = root.GetProperty("identity");
        Assert.Equal("widget-x64.dll.pdb", identity.GetProperty("pdbPath").GetString());
        Assert.Equal("1.2.3.4", identity.GetProperty("fileVersion").GetString());
        Assert.Equal(["needed", "delay"], root.GetProperty("dependencies").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Text_table_shows_forwarders_and_import_libraries()
    {
        var (exit, stdout, _) = CliRunner.Run("inspect", "--raw", TestPaths.Fixture("pe", "widget-x64.dll"), TestPaths.Fixture("pe", "import-stdcall.obj"));
        Assert.Equal(0, exit);
        Assert.Contains("other_sub -> other.other_sub", stdout, StringComparison.Ordinal);
        Assert.Contains("delay: lazy.dll", stdout, StringComparison.Ordinal);
        Assert.Contains("_StdFunc@8 (gnu-x86-killat.dll:StdFunc)", stdout, StringComparison.Ordinal);
    }
}

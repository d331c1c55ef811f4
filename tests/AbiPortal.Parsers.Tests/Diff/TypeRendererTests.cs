using System.Text.Json;
using AbiPortal.Parsers.Diff;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>Type changes in every output: text, Markdown, SARIF and JSON show the type, what changed, why, the exports reached with their paths, and the evidence.</summary>
public sealed class TypeRendererTests
{
    private static AbiDiff PointDiff() => TypeDiffTests.Compare(AbiSurfaceBuilder.Point(withZ: false), AbiSurfaceBuilder.Point(withZ: true));

    [Fact]
    public void Text_shows_the_evidence_the_change_why_and_the_paths()
    {
        string text = DiffTextRenderer.Render(PointDiff());

        Assert.StartsWith("old.so -> new.so\nevidence: both sides: symbols + debug info (DWARF 5, 1 unit)\nverdict: incompatible (2 incompatible,", text, StringComparison.Ordinal);
        Assert.Contains(
            "  type sizes changed (1)\n"
            + "    struct Point: size 8 -> 12 bytes\n"
            + "      why: callers may allocate struct Point themselves (a variable whose address they pass): no export hands out a pointer to one\n"
            + "      reaches 2 exports:\n"
            + "        get_x: parameter 1 `struct Point *` → struct Point\n"
            + "        init_point: parameter 1 `struct Point *` → struct Point\n"
            + "  fields added (1)\n"
            + "    struct Point: field `z` added at offset 8\n",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_a_type_table_with_code_spans_and_the_evidence()
    {
        string md = DiffMarkdownRenderer.Render(PointDiff());

        Assert.Contains("Evidence: both sides: symbols + debug info (DWARF 5, 1 unit)\n", md, StringComparison.Ordinal);
        Assert.Contains("| change | in | what | reaches |\n", md, StringComparison.Ordinal);
        Assert.Contains(
            "| type-size-changed | `struct Point` | size 8 → 12 bytes<br><sub>callers may allocate struct Point themselves (a variable whose address they pass): no export hands out a pointer to one</sub> | ``get_x: parameter 1 `struct Point *` → struct Point``<br>``init_point: parameter 1 `struct Point *` → struct Point`` |\n",
            md, StringComparison.Ordinal);
        Assert.Contains("| field-added | `struct Point` | field `z` added at offset 8<br>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_hostile_names_inert_and_caps_the_exports_shown()
    {
        AbiSurfaceBuilder Build(bool grown)
        {
            var s = new AbiSurfaceBuilder();
            string n = s.Int();
            string evil = s.Struct("x|[a](http://e)<b>", grown ? 8UL : 4UL, grown ? [("f|`", n, 0), ("g", n, 4)] : [("f|`", n, 0)]);
            for (int k = 0; k < 5; k++)
            {
                s.Function($"use{k}", null, ("p", s.Pointer(evil)));
            }

            return s;
        }

        string md = DiffMarkdownRenderer.Render(TypeDiffTests.Compare(Build(false), Build(true)));

        // The type name appears in code spans (where a link is text) with its pipe escaped, and in
        // the reasons as entities (no [, no |, no <) with a word joiner inside "://" (GitHub's
        // autolinker runs on the decoded text): nowhere as live Markdown.
        Assert.Contains("| type-size-changed | `struct x\\|[a](http://e)<b>` |", md, StringComparison.Ordinal);
        Assert.Contains("struct x&#124;&#91;a](http:\u2060//e)&lt;b&gt;", md, StringComparison.Ordinal);
        string rest = md.Replace("struct x\\|[a](http://e)<b>", string.Empty, StringComparison.Ordinal).Replace("struct x&#124;&#91;a](http:\u2060//e)&lt;b&gt;", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("http://e", rest, StringComparison.Ordinal);
        Assert.Contains("<br>and 2 more |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_locates_the_type_and_its_exports_and_carries_paths_and_evidence()
    {
        using var doc = JsonDocument.Parse(DiffSarifRenderer.Render(PointDiff()));
        var run = doc.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results")[0];

        Assert.Equal("type-size-changed", result.GetProperty("ruleId").GetString());
        Assert.Equal("type sizes changed: struct Point: size 8 -> 12 bytes (reaches 2 exports: get_x, init_point)", result.GetProperty("message").GetProperty("text").GetString());
        var locations = result.GetProperty("locations")[0].GetProperty("logicalLocations");
        Assert.Equal(("struct Point", "type"), (locations[0].GetProperty("name").GetString(), locations[0].GetProperty("kind").GetString()));
        Assert.Equal("get_x", locations[1].GetProperty("name").GetString());
        var properties = result.GetProperty("properties");
        Assert.Equal(2, properties.GetProperty("exportCount").GetInt32());
        Assert.Equal("parameter 1 `struct Point *` → struct Point", properties.GetProperty("exports")[0].GetProperty("path").GetString());
        Assert.Equal("symbols + debug info (DWARF 5, 1 unit)", run.GetProperty("properties").GetProperty("evidence").GetProperty("new").GetString());
    }

    [Fact]
    public void Sarif_reports_what_could_not_be_checked_as_notifications()
    {
        var old = AbiSurfaceBuilder.Point(withZ: false).Snapshot("old.so");
        var diff = SnapshotDiffer.Compare(old, old with { Abi = null, File = old.File with { Name = "new.so" } });

        using var doc = JsonDocument.Parse(DiffSarifRenderer.Render(diff));
        var notification = doc.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
        Assert.Equal("warning", notification.GetProperty("level").GetString());
        Assert.StartsWith("old.so has debug info but new.so has none", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_round_trips_type_changes_readably()
    {
        var diff = PointDiff();
        string json = DiffJson.Serialize(diff);

        Assert.Contains("\"path\": \"parameter 1 `struct Point *` → struct Point\"", json, StringComparison.Ordinal);
        Assert.Contains("\"evidence\": \"symbols + debug info (DWARF 5, 1 unit)\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": 3", json, StringComparison.Ordinal);
        var back = DiffJson.Deserialize(json);
        Assert.Equal(json, DiffJson.Serialize(back));
        Assert.Equal(diff.Changes[0].Symbols, back.Changes[0].Symbols);
        Assert.Equal(diff.Changes[0] with { Symbols = null }, back.Changes[0] with { Symbols = null });
    }
}

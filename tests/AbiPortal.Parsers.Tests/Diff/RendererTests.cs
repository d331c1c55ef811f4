using System.Text.Json;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

public sealed class RendererTests
{
    private static AbiDiff Huge()
    {
        // 20,000 removed C++ functions with long names: far more than one PR comment can hold.
        var exports = Enumerable.Range(0, 20_000)
            .Select(i => Fn($"_ZN2ns6detail{i}fEv", demangled: $"ns::detail::very_long_function_name_number_{i}<std::basic_string<char, std::char_traits<char>, std::allocator<char> > >(int | long)"))
            .ToArray();
        return SnapshotDiffer.Compare(ElfLib("l", [.. exports, Fn("keep")]), ElfLib("l", Fn("keep"), Fn("fresh"), Fn("fresh2")));
    }

    [Fact]
    public void Markdown_stays_under_the_github_comment_limit_and_says_how_many_more()
    {
        string md = DiffMarkdownRenderer.Render(Huge(), new MarkdownOptions { DiffUrl = "https://abi.example/diffs/42", Marker = "abiportal:libfoo" });
        Assert.True(md.Length < 65_536, $"length {md.Length}");
        Assert.StartsWith("<!-- abiportal:libfoo -->\n", md, StringComparison.Ordinal);
        Assert.Contains("**incompatible**", md, StringComparison.Ordinal);
        Assert.Contains("and 19900 more in the [full diff](https://abi.example/diffs/42)", md, StringComparison.Ordinal);
        Assert.Contains("<details><summary>Compatible and info changes (2)</summary>", md, StringComparison.Ordinal);
        Assert.Contains("</details>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_respects_a_small_length_budget()
    {
        string md = DiffMarkdownRenderer.Render(Huge(), new MarkdownOptions { MaxOpenRows = 100_000, MaxLength = 8_000 });
        Assert.True(md.Length < 8_000, $"length {md.Length}");
        Assert.Contains("more (`abiportal diff --json` lists all)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_puts_names_in_code_spans_with_pipes_escaped()
    {
        string md = DiffMarkdownRenderer.Render(Huge());
        Assert.DoesNotContain("(int | long)", md, StringComparison.Ordinal);
        Assert.Contains("`ns::detail::very_long_function_name_number_0<std::basic_string<char, std::char_traits<char>, std::allocator<char> > >(int \\| long)`", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_rows_whose_demangled_names_collide_also_show_the_raw_name()
    {
        // The complete- and base-object constructors (C1, C2) both demangle to Widget::Widget().
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("_ZN6WidgetC1Ev", demangled: "Widget::Widget()"), Fn("_ZN6WidgetC2Ev", demangled: "Widget::Widget()"), Fn("_Z4freev", demangled: "free()")),
            ElfLib("l"));
        string md = DiffMarkdownRenderer.Render(diff);
        Assert.Contains("`Widget::Widget()` (`_ZN6WidgetC1Ev`)", md, StringComparison.Ordinal);
        Assert.Contains("`Widget::Widget()` (`_ZN6WidgetC2Ev`)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("_Z4freev", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_round_trips_with_camel_case_and_enum_names()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("libfoo.so.1", Fn("a"), Data("t", 4)), ElfLib("libfoo.so.2", Data("t", 8)));
        string json = DiffJson.Serialize(diff);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("incompatible", doc.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("summary").GetProperty("incompatible").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("summary").GetProperty("apiBreak").GetInt32());
        Assert.Equal("incompatible", doc.RootElement.GetProperty("changes")[0].GetProperty("severity").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("byKind").GetProperty("size-changed").GetInt32());
        Assert.Equal("export-removed", doc.RootElement.GetProperty("changes")[0].GetProperty("kind").GetString());
        Assert.Equal(diff.Changes, DiffJson.Deserialize(json).Changes);
    }

    [Fact]
    public void Sarif_has_one_rule_per_kind_and_levels_by_severity()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Fn("a")), ElfLib("l", Fn("b")));
        using var doc = JsonDocument.Parse(DiffSarifRenderer.Render(diff));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal(2, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        var levels = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()!).ToArray();
        Assert.Equal(["error", "note"], levels);
        Assert.Equal(["error", "error", "warning", "note", "note"], Enum.GetValues<ChangeSeverity>().Select(DiffSarifRenderer.Level));
    }

    [Fact]
    public void Text_lists_breaking_first_with_demangled_and_raw_names()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Fn("_Z1fv", demangled: "f()")), ElfLib("l", Fn("g")));
        string text = DiffTextRenderer.Render(diff);
        Assert.True(text.IndexOf("Breaking changes (1)", StringComparison.Ordinal) < text.IndexOf("Compatible changes (1)", StringComparison.Ordinal));
        Assert.Contains("    f() [_Z1fv]\n", text, StringComparison.Ordinal);
        Assert.Contains("    _Z1fv\n", DiffTextRenderer.Render(diff, demangle: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_caps_the_symbols_of_a_grouped_rename()
    {
        var names = Enumerable.Range(0, 30).Select(i => $"s{i}").ToArray();
        var diff = SnapshotDiffer.Compare(ElfLib("l", names.Select(n => Fn(n, "A")).ToArray()), ElfLib("l", names.Select(n => Fn(n, "B")).ToArray()));
        string text = DiffTextRenderer.Render(diff);
        Assert.Contains("A -> B (30 symbols)", text, StringComparison.Ordinal);
        Assert.Contains("and 20 more", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_json_with_missing_lists_is_diffed_as_empty()
    {
        var snapshot = SnapshotJson.Deserialize("""{"file":{"name":"a","size":0,"sha256":null},"format":"elf","kind":"shared-library"}""");
        Assert.Equal(Verdict.None, SnapshotDiffer.Compare(snapshot, snapshot).Verdict);
    }

    [Fact]
    public void Markdown_code_span_fence_is_longer_than_backticks_in_the_name()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Fn("?f@?A0x1@@YAXXZ", demangled: "void __cdecl `anonymous namespace'::f(void)")), ElfLib("l"));
        Assert.Contains("| ``void __cdecl `anonymous namespace'::f(void)`` |", DiffMarkdownRenderer.Render(diff), StringComparison.Ordinal);
    }
}

using AbiPortal.Client.Components.Pages.Diff;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;

namespace AbiPortal.Ui.Tests.Components;

/// <summary>The diff page's table names protections in words, shows a change's detail and lists a class change's symbols.</summary>
public sealed class ChangeTableTests
{
    [Fact]
    public async Task Lost_protections_read_as_words_with_their_id()
    {
        AbiChange[] changes =
        [
            new() { Kind = ChangeKind.ProtectionLost, Severity = ChangeSeverity.Risk, Symbol = "relro", Before = "full", After = "partial" },
            new() { Kind = ChangeKind.ProtectionLost, Severity = ChangeSeverity.Risk, Symbol = "stack-protector" },
        ];
        var doc = await ComponentHtml.RenderAsync<ChangeTable>(new Dictionary<string, object?> { ["Kind"] = ChangeKind.ProtectionLost, ["Rows"] = Rows(changes), ["Total"] = changes.Length });
        var rows = doc.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("RELRO", rows[0].QuerySelector("td.name")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["full", "partial"], rows[0].QuerySelectorAll("td.mono").Select(td => td.TextContent));
        Assert.Contains("stack protector (__stack_chk_fail)", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("stack-protector", rows[1].QuerySelector(".raw")!.TextContent);
    }

    [Fact]
    public async Task A_detail_follows_the_name_and_a_class_change_lists_its_symbols()
    {
        AbiChange[] required = [new() { Kind = ChangeKind.RequiredVersionAdded, Severity = ChangeSeverity.Risk, Symbol = "libc.so.6", Version = "GLIBC_2.34", After = "GLIBC_2.34", Detail = "not available on Debian 11, Ubuntu 20.04, RHEL 8 or older" }];
        var doc = await ComponentHtml.RenderAsync<ChangeTable>(new Dictionary<string, object?> { ["Kind"] = ChangeKind.RequiredVersionAdded, ["Rows"] = Rows(required), ["Total"] = required.Length });
        Assert.Equal("not available on Debian 11, Ubuntu 20.04, RHEL 8 or older", doc.QuerySelector("td.name .detail")!.TextContent);

        AbiChange[] polymorphic =
        [
            new()
            {
                Kind = ChangeKind.ClassBecamePolymorphic, Severity = ChangeSeverity.Incompatible, Symbol = "_ZTV5Shape", Demangled = "Shape",
                Symbols = [new AbiSymbol("_ZTV5Shape", "vtable for Shape"), new AbiSymbol("_ZTI5Shape", "typeinfo for Shape")],
            },
        ];
        doc = await ComponentHtml.RenderAsync<ChangeTable>(new Dictionary<string, object?> { ["Kind"] = ChangeKind.ClassBecamePolymorphic, ["Rows"] = Rows(polymorphic), ["Total"] = polymorphic.Length });
        Assert.Equal("Shape", doc.QuerySelector("td.name > .sym")!.TextContent);
        Assert.Equal(["vtable for Shape", "typeinfo for Shape"], doc.QuerySelectorAll("ul.grouped li .sym").Select(s => s.TextContent));
        Assert.Equal(["_ZTV5Shape", "_ZTI5Shape"], doc.QuerySelectorAll("ul.grouped li .raw").Select(s => s.TextContent.Trim()));
    }

    /// <summary>The changes as the stored diff's page rows hand them to the table.</summary>
    private static DiffChangeRow[] Rows(AbiChange[] changes)
        => changes.Select((c, i) => new DiffChangeRow(i, c, c.Symbols?.Count ?? 0)).ToArray();
}

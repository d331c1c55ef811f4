using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>
/// Rust trait-impl paths and D names from real objects read demangled wherever the UI and the bot
/// show them: the snapshot's export rows (the artifact page's table and symbol search are built from
/// them), the diff's changes, its text report and its Markdown (the pull-request comment). All of
/// them go through <see cref="Demangler"/>.
/// </summary>
public sealed class DemangledNamesEverywhereTests
{
    public static TheoryData<string, string, string, string> Names() => new()
    {
        { "rust", "names-legacy.o", "_ZN46_$LT$names..Circle$u20$as$u20$names..Shape$GT$4area17h7464aa797b258c76E", "<names::Circle as names::Shape>::area::h7464aa797b258c76" },
        { "dlang", "names-ldc.o", "_D5names3addFiiZi", "names.add(int, int)" },
        { "dlang", "names-gdc.o", "_D5names4keepFNfNkMPiZQd", "names.keep(return scope int*)" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Export_rows_diffs_and_pull_request_comments_show_the_demangled_name(string folder, string file, string mangled, string demangled)
    {
        var snapshot = SnapshotReader.ReadFile(RealNameSets.Data(folder, file), new SnapshotReadOptions { ComputeSha256 = false });
        var export = Assert.Single(snapshot.Exports, e => e.Name == mangled);
        Assert.Equal(demangled, export.Demangled);

        var without = snapshot with { Exports = snapshot.Exports.Where(e => e.Name != mangled).ToList() };
        var diff = SnapshotDiffer.Compare(snapshot, without, new DiffOptions { Demangle = Demangler.Demangle });
        var removed = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.ExportRemoved, mangled, demangled), (removed.Kind, removed.Symbol, removed.Demangled));
        Assert.Contains(demangled, DiffTextRenderer.Render(diff));
        Assert.Contains(demangled, DiffMarkdownRenderer.Render(diff));
    }
}

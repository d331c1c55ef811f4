using AbiPortal.Parsers.Diff;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

public sealed class VersionChangeTests
{
    [Fact]
    public void Version_removed_while_the_name_stays_is_breaking()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("foo", "V1", isDefault: false), Fn("foo", "V2")) with { VersionNodes = Nodes("l", "V1", "V2") },
            ElfLib("l", Fn("foo", "V2")) with { VersionNodes = Nodes("l", "V1", "V2") });
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.VersionRemoved, "foo", "V1", ChangeSeverity.Incompatible), (change.Kind, change.Symbol, change.Version, change.Severity));
        Assert.Equal(("@V1", "@@V2"), (change.Before, change.After));
    }

    [Fact]
    public void Default_version_moved_with_the_old_one_kept_is_compatible()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("foo", "V1")) with { VersionNodes = Nodes("l", "V1") },
            ElfLib("l", Fn("foo", "V1", isDefault: false), Fn("foo", "V2")) with { VersionNodes = Nodes("l", "V1", "V2") });
        Assert.Equal([ChangeKind.DefaultVersionMoved, ChangeKind.VersionNodeAdded], Kinds(diff));
        var moved = Single(diff, ChangeKind.DefaultVersionMoved);
        Assert.Equal(("@@V1", "@@V2", ChangeSeverity.Compatible), (moved.Before, moved.After, moved.Severity));
        Assert.Equal(Verdict.Compatible, diff.Verdict);
    }

    [Fact]
    public void Default_moved_and_old_version_dropped_is_one_breaking_version_removal()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("foo", "V1"), Fn("bar", "V1")) with { VersionNodes = Nodes("l", "V1") },
            ElfLib("l", Fn("foo", "V2"), Fn("bar", "V1")) with { VersionNodes = Nodes("l", "V1", "V2") });
        var removed = Single(diff, ChangeKind.VersionRemoved);
        Assert.Equal(("@@V1", "@@V2"), (removed.Before, removed.After));
        Assert.DoesNotContain(diff.Changes, c => c.Kind == ChangeKind.DefaultVersionMoved);
    }

    [Fact]
    public void Version_added_to_a_kept_name_is_compatible()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("foo", "V2")) with { VersionNodes = Nodes("l", "V1", "V2") },
            ElfLib("l", Fn("foo", "V1", isDefault: false), Fn("foo", "V2")) with { VersionNodes = Nodes("l", "V1", "V2") });
        Assert.Equal(ChangeSeverity.Compatible, Single(diff, ChangeKind.VersionAdded).Severity);
    }

    [Fact]
    public void Every_symbol_moved_to_a_new_node_is_one_grouped_rename_not_thousands_of_removals()
    {
        var names = Enumerable.Range(0, 5000).Select(i => $"sym{i}").ToArray();
        var diff = SnapshotDiffer.Compare(
            ElfLib("libLLVM-14.so.1", names.Select(n => Fn(n, "LLVM_14")).ToArray()) with { VersionNodes = Nodes("libLLVM-14.so.1", "LLVM_14") },
            ElfLib("libLLVM-14.so.1", names.Select(n => Fn(n, "LLVM_15")).ToArray()) with { VersionNodes = Nodes("libLLVM-14.so.1", "LLVM_15") });
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.VersionNodeRenamed, "LLVM_14", "LLVM_15", ChangeSeverity.Incompatible), (change.Kind, change.Before, change.After, change.Severity));
        Assert.Equal(5000, change.Symbols!.Count);
    }

    [Fact]
    public void A_rename_keeps_real_removals_and_additions_apart()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("a", "V1"), Fn("b", "V1"), Fn("c", "V1"), Fn("gone", "V1")),
            ElfLib("l", Fn("a", "V2"), Fn("b", "V2"), Fn("c", "V2"), Fn("fresh", "V2")));
        Assert.Equal([ChangeKind.ExportRemoved, ChangeKind.ExportAdded, ChangeKind.VersionNodeRenamed], Kinds(diff));
        Assert.Equal(["a", "b", "c"], Single(diff, ChangeKind.VersionNodeRenamed).Symbols!.Select(s => s.Name));
        Assert.Equal("gone", Single(diff, ChangeKind.ExportRemoved).Symbol);
    }

    [Fact]
    public void Attribute_changes_are_still_found_across_a_rename()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("a", "V1"), Fn("b", "V1")),
            ElfLib("l", Fn("a", "V2"), Fn("b", "V2") with { Kind = Parsers.Snapshots.SymbolKind.Object }));
        Assert.Equal([ChangeKind.VersionNodeRenamed, ChangeKind.KindChanged], Kinds(diff));
    }

    [Fact]
    public void A_node_whose_symbols_scattered_is_removed_not_renamed()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("a", "V1"), Fn("b", "V1"), Fn("c", "V1"), Fn("d", "V1")) with { VersionNodes = Nodes("l", "V1") },
            ElfLib("l", Fn("a", "X"), Fn("b", "Y"), Fn("c", "Z"), Fn("d", "W")) with { VersionNodes = Nodes("l", "X", "Y", "Z", "W") });
        Assert.Equal(1, diff.Changes.Count(c => c.Kind == ChangeKind.VersionNodeRemoved));
        Assert.DoesNotContain(diff.Changes, c => c.Kind == ChangeKind.VersionNodeRenamed);
    }

    [Fact]
    public void Version_node_added_and_removed_without_moved_symbols()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("a", "V1"), Fn("old", "OLD")) with { VersionNodes = Nodes("l", "V1", "OLD") },
            ElfLib("l", Fn("a", "V1"), Fn("fresh", "NEW")) with { VersionNodes = Nodes("l", "V1", "NEW") });
        Assert.Equal(ChangeSeverity.Incompatible, Single(diff, ChangeKind.VersionNodeRemoved).Severity);
        Assert.Equal(ChangeSeverity.Compatible, Single(diff, ChangeKind.VersionNodeAdded).Severity);
    }

    [Fact]
    public void The_absolute_symbol_named_after_a_version_node_is_not_an_export_change()
    {
        var marker = new Parsers.Snapshots.SnapshotExport { Name = "V1", Version = "V1", DefaultVersion = true, Kind = Parsers.Snapshots.SymbolKind.Object, Flags = ["absolute"] };
        var diff = SnapshotDiffer.Compare(ElfLib("l", Fn("a", "V1"), marker), ElfLib("l", Fn("a", "V2"), marker with { Name = "V2", Version = "V2" }));
        Assert.Equal(ChangeKind.VersionNodeRenamed, Assert.Single(diff.Changes).Kind);
    }
}

using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

public sealed class MemberChangeTests
{
    private static Snapshot Archive(params Snapshot[] members) => new()
    {
        File = new SnapshotFile("libfoo.a", 0, null),
        Format = BinaryFormat.Archive,
        Kind = BinaryKind.StaticLibrary,
        Members = members,
    };

    private static Snapshot Member(string name, params SnapshotExport[] exports) => new()
    {
        File = new SnapshotFile(name, 0, null),
        Member = name,
        Format = BinaryFormat.Elf,
        Arch = "x86_64",
        Kind = BinaryKind.Object,
        Exports = exports,
    };

    [Fact]
    public void Archive_members_are_matched_by_name_and_diffed_each()
    {
        var diff = SnapshotDiffer.Compare(
            Archive(Member("a.o", Fn("a1"), Fn("a2")), Member("b.o", Fn("b1"))),
            Archive(Member("a.o", Fn("a1")), Member("c.o", Fn("c1"))));
        var removed = Single(diff, ChangeKind.ExportRemoved);
        Assert.Equal(("a2", "a.o"), (removed.Symbol, removed.Member));
        Assert.Equal(("b.o", ChangeSeverity.Incompatible), (Single(diff, ChangeKind.MemberRemoved).Member, Single(diff, ChangeKind.MemberRemoved).Severity));
        Assert.Equal("c.o", Single(diff, ChangeKind.MemberAdded).Member);
        Assert.Equal(3, diff.Changes.Count);
    }

    [Fact]
    public void Fat_slices_are_matched_by_arch()
    {
        Snapshot Fat(params Snapshot[] slices) => new() { File = new SnapshotFile("libfoo.dylib", 0, null), Format = BinaryFormat.Fat, Kind = BinaryKind.Universal, Members = slices };
        Snapshot Slice(string arch, params SnapshotExport[] exports) => MachOLib("@rpath/libfoo.dylib", "1", "1", exports) with { Member = arch, Arch = arch };
        var diff = SnapshotDiffer.Compare(
            Fat(Slice("x86_64", Fn("_f"), Fn("_g")), Slice("arm64", Fn("_f"))),
            Fat(Slice("arm64", Fn("_f"), Fn("_h")), Slice("x86_64", Fn("_f"), Fn("_g"))));
        var added = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.ExportAdded, "_h", "arm64"), (added.Kind, added.Symbol, added.Member));
    }

    [Fact]
    public void Members_with_the_same_name_match_by_their_first_export()
    {
        // An import library: every member is named after the DLL; the reader numbers repeats by position.
        static Snapshot Import(string member, string name) => Member(member, Fn("__imp_" + name), Fn(name));
        var diff = SnapshotDiffer.Compare(
            Archive(Import("x.dll", "Alpha"), Import("x.dll#2", "Beta"), Import("x.dll#3", "Gamma")),
            Archive(Import("x.dll", "Alpha"), Import("x.dll#2", "Gamma")));
        var removed = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.MemberRemoved, "x.dll:Beta"), (removed.Kind, removed.Member));
    }

    [Fact]
    public void Members_with_the_same_name_and_export_match_in_order()
    {
        var diff = SnapshotDiffer.Compare(
            Archive(Member("util.o", Fn("x")), Member("util.o#2", Fn("x"))),
            Archive(Member("util.o", Fn("x")), Member("util.o#2", Fn("x"), Fn("z"))));
        var added = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.ExportAdded, "z", "util.o:x#2"), (added.Kind, added.Symbol, added.Member));
    }
}

using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>C++ layout hints read from symbol names alone: what a stripped library still tells.</summary>
public sealed class ClassChangeTests
{
    private static SnapshotExport Obj(string name, ulong size) => Data(name, size);

    [Fact]
    public void A_class_with_members_that_gains_a_vtable_became_polymorphic()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("_ZN2ns6Widget3getEv"), Fn("_ZN2ns6WidgetC1Ev")),
            ElfLib("l", Fn("_ZN2ns6Widget3getEv"), Fn("_ZN2ns6WidgetC1Ev"), Obj("_ZTVN2ns6WidgetE", 32), Obj("_ZTIN2ns6WidgetE", 16), Obj("_ZTSN2ns6WidgetE", 12)),
            new DiffOptions { Demangle = Demangling.Demangler.Demangle });
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.ClassBecamePolymorphic, ChangeSeverity.Incompatible, "_ZTVN2ns6WidgetE", "ns::Widget"), (change.Kind, change.Severity, change.Symbol, change.Demangled));
        Assert.Equal(["_ZTVN2ns6WidgetE", "_ZTIN2ns6WidgetE", "_ZTSN2ns6WidgetE"], change.Symbols!.Select(s => s.Name));
        Assert.Equal(Verdict.Incompatible, diff.Verdict);
    }

    [Fact]
    public void A_new_class_or_a_nested_classes_members_do_not_make_it_polymorphic()
    {
        // Only ns::Widget::Inner had members; ns::Widget itself is new, so its vtable is an addition.
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("_ZN2ns6Widget5Inner3getEv")),
            ElfLib("l", Fn("_ZN2ns6Widget5Inner3getEv"), Obj("_ZTVN2ns6WidgetE", 32), Obj("_ZTIN2ns6WidgetE", 16), Obj("_ZTSN2ns6WidgetE", 12)));
        Assert.Equal([ChangeKind.ExportAdded, ChangeKind.TypeinfoAdded], Kinds(diff));
        Assert.Equal(Verdict.Compatible, diff.Verdict);
        Assert.Equal(["_ZTIN2ns6WidgetE", "_ZTSN2ns6WidgetE"], Single(diff, ChangeKind.TypeinfoAdded).Symbols!.Select(s => s.Name));
    }

    [Fact]
    public void Typeinfo_removed_is_one_incompatible_change_per_class()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("_ZN5Shape4areaEv"), Obj("_ZTI5Shape", 16), Obj("_ZTS5Shape", 7)),
            ElfLib("l", Fn("_ZN5Shape4areaEv")));
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.TypeinfoRemoved, ChangeSeverity.Incompatible, "_ZTI5Shape"), (change.Kind, change.Severity, change.Symbol));
        Assert.Equal(2, change.Symbols!.Count);
    }

    [Fact]
    public void A_vtable_that_grew_counts_its_new_slots()
    {
        var diff = SnapshotDiffer.Compare(ElfLib("l", Obj("_ZTV5Shape", 40)), ElfLib("l", Obj("_ZTV5Shape", 56)));
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.VtableSizeChanged, ChangeSeverity.Incompatible, "40", "56", "2 slots added"), (change.Kind, change.Severity, change.Before, change.After, change.Detail));
    }

    [Fact]
    public void Mach_o_names_carry_one_more_underscore()
    {
        var diff = SnapshotDiffer.Compare(
            MachOLib("@rpath/libx.dylib", "1", "1", Fn("__ZN5Shape4areaEv")),
            MachOLib("@rpath/libx.dylib", "1", "1", Fn("__ZN5Shape4areaEv"), Fn("__ZTV5Shape")));
        Assert.Equal(ChangeKind.ClassBecamePolymorphic, Assert.Single(diff.Changes).Kind);
    }

    [Theory]
    [InlineData("3getEv", true)]
    [InlineData("C2Ev", true)]
    [InlineData("D0Ev", true)]
    [InlineData("aSERKS_", true)]
    [InlineData("3getB5cxx11Ev", true)]
    [InlineData("3mapIiEEvT_", true)]
    [InlineData("5Inner3getEv", false)]
    [InlineData("", false)]
    [InlineData("99x", false)]
    public void Direct_members_are_told_from_nested_classes(string rest, bool direct)
        => Assert.Equal(direct, CppClassSymbols.IsDirectMember(rest));
}

using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

public sealed class PEChangeTests
{
    private static SnapshotExport Export(string? name, uint ordinal, string? forwarder = null)
        => new() { Name = name, Ordinal = ordinal, Forwarder = forwarder, Kind = SymbolKind.Function, Address = forwarder is null ? 0x1000u + ordinal : null };

    [Fact]
    public void Ordinal_changed_for_a_kept_name_is_breaking()
    {
        var change = Assert.Single(SnapshotDiffer.Compare(PELib("a.dll", Export("Open", 1)), PELib("a.dll", Export("Open", 7))).Changes);
        Assert.Equal((ChangeKind.OrdinalChanged, "Open", "1", "7", ChangeSeverity.Incompatible), (change.Kind, change.Symbol, change.Before, change.After, change.Severity));
    }

    [Fact]
    public void Ordinal_only_export_removed_is_breaking_and_added_is_compatible()
    {
        var diff = SnapshotDiffer.Compare(PELib("a.dll", Export("Open", 1), Export(null, 5)), PELib("a.dll", Export("Open", 1), Export(null, 6)));
        var removed = Single(diff, ChangeKind.OrdinalExportRemoved);
        Assert.Equal(("#5", ChangeSeverity.Incompatible), (removed.Symbol, removed.Severity));
        Assert.Equal("#6", Single(diff, ChangeKind.ExportAdded).Symbol);
    }

    [Fact]
    public void Forwarder_added_removed_and_pointed_elsewhere()
    {
        var diff = SnapshotDiffer.Compare(
            PELib("a.dll", Export("A", 1), Export("B", 2, "KERNEL32.Sleep"), Export("C", 3, "OLD.Fn")),
            PELib("a.dll", Export("A", 1, "NTDLL.RtlA"), Export("B", 2), Export("C", 3, "NEW.Fn")));
        Assert.Equal(("A", null, "NTDLL.RtlA"), Tuple(Single(diff, ChangeKind.ForwarderAdded)));
        Assert.Equal(("B", "KERNEL32.Sleep", null), Tuple(Single(diff, ChangeKind.ForwarderRemoved)));
        Assert.Equal(("C", "OLD.Fn", "NEW.Fn"), Tuple(Single(diff, ChangeKind.ForwarderChanged)));
        Assert.Equal(3, diff.Changes.Count);
    }

    [Fact]
    public void Ordinal_only_forwarder_change_is_found_by_ordinal()
    {
        var diff = SnapshotDiffer.Compare(PELib("a.dll", Export(null, 9, "X.A")), PELib("a.dll", Export(null, 9, "X.B")));
        Assert.Equal("#9", Single(diff, ChangeKind.ForwarderChanged).Symbol);
    }

    private static (string?, string?, string?) Tuple(AbiChange c) => (c.Symbol, c.Before, c.After);

    [Fact]
    public void MachO_reexport_source_changed_is_a_forwarder_change()
    {
        SnapshotExport Reexport(string library) => new() { Name = "_f", Library = library, Flags = [ExportFlags.Reexport] };
        var diff = SnapshotDiffer.Compare(MachOLib("a", "1", "1", Reexport("/usr/lib/libOld.dylib")), MachOLib("a", "1", "1", Reexport("/usr/lib/libNew.dylib")));
        Assert.Equal(("_f", "/usr/lib/libOld.dylib:_f", "/usr/lib/libNew.dylib:_f"), Tuple(Single(diff, ChangeKind.ForwarderChanged)));
    }
}

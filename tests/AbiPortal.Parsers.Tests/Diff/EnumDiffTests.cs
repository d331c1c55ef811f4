using AbiPortal.Parsers.Diff;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>Enums: enumerators added, removed, renamed and revalued, count markers, and the enum's size.</summary>
public sealed class EnumDiffTests
{
    private static AbiDiff Compare(params (string Name, long Value)[][] sides)
    {
        AbiSurfaceBuilder Build(int side, ulong size)
        {
            var b = new AbiSurfaceBuilder();
            return b.Function("paint", null, ("c", b.Enum("color", size, sides[side])));
        }

        return TypeDiffTests.Compare(Build(0, 4), Build(1, 4));
    }

    [Fact]
    public void A_new_value_is_compatible_and_a_changed_or_removed_one_is_incompatible()
    {
        var diff = Compare([("RED", 0), ("GREEN", 1), ("BLUE", 2), ("OLD", 7)], [("RED", 0), ("YELLOW", 1), ("GREEN", 2), ("BLUE", 3), ("NEW", 9)]);

        Assert.Equal(Verdict.Incompatible, diff.Verdict);
        var changed = diff.Changes.Where(c => c.Kind == ChangeKind.EnumeratorValueChanged).Select(c => (c.Item, c.Before, c.After, c.Severity));
        Assert.Equal([("BLUE", "2", "3", ChangeSeverity.Incompatible), ("GREEN", "1", "2", ChangeSeverity.Incompatible)], changed);
        Assert.Equal(("OLD", "7"), (Snap.Single(diff, ChangeKind.EnumeratorRemoved).Item, Snap.Single(diff, ChangeKind.EnumeratorRemoved).Before));
        Assert.Equal(["NEW", "YELLOW"], diff.Changes.Where(c => c.Kind == ChangeKind.EnumeratorAdded).Select(c => c.Item).Order());
        Assert.All(diff.Changes.Where(c => c.Kind == ChangeKind.EnumeratorAdded), c => Assert.Equal(ChangeSeverity.Compatible, c.Severity));
        Assert.Equal(["paint"], Snap.Single(diff, ChangeKind.EnumeratorRemoved).Symbols!.Select(s => s.Name));
    }

    [Fact]
    public void A_value_under_a_new_name_is_a_rename_and_a_growing_count_marker_is_a_risk()
    {
        var diff = Compare([("RED", 0), ("GRN", 1), ("COLOR_COUNT", 2)], [("RED", 0), ("GREEN", 1), ("BLUE", 2), ("COLOR_COUNT", 3)]);

        var renamed = Snap.Single(diff, ChangeKind.EnumeratorRenamed);
        Assert.Equal(("GRN", "GREEN", ChangeSeverity.ApiBreak), (renamed.Before, renamed.After, renamed.Severity));
        var count = Snap.Single(diff, ChangeKind.EnumeratorValueChanged);
        Assert.Equal(("COLOR_COUNT", ChangeSeverity.Risk), (count.Item, count.Severity));
        Assert.Equal(Verdict.ApiBreak, diff.Verdict);
    }

    [Fact]
    public void The_enum_size_changing_is_incompatible()
    {
        AbiSurfaceBuilder Build(ulong size)
        {
            var b = new AbiSurfaceBuilder();
            return b.Function("paint", null, ("c", b.Enum("color", size, ("RED", 0), ("BIG", 1))));
        }

        var diff = TypeDiffTests.Compare(Build(4), Build(8));

        var size = Snap.Single(diff, ChangeKind.EnumSizeChanged);
        Assert.Equal(("4", "8", ChangeSeverity.Incompatible), (size.Before, size.After, size.Severity));
        Assert.Equal("enum color: size 4 -> 8 bytes", ChangeText.Describe(size));
    }
}

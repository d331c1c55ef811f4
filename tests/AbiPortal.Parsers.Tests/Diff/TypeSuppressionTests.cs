using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>Suppression entries that name types, and symbol entries on type changes.</summary>
public sealed class TypeSuppressionTests
{
    private static AbiDiff Run(string suppressions)
    {
        AbiSurfaceBuilder Build(bool grown)
        {
            var b = AbiSurfaceBuilder.Point(grown);
            string i = b.Int();
            string priv = grown ? b.Struct("priv_state", 8, ("a", i, 0), ("b", i, 4)) : b.Struct("priv_state", 4, ("a", i, 0));
            return b.Function("internal_reset", null, ("s", priv)).Function("internal_point", null, ("p", b.Pointer(b.Type("struct Point").Id)));
        }

        return SnapshotDiffer.Compare(Build(false).Snapshot("old.so"), Build(true).Snapshot("new.so"),
            new DiffOptions { Suppressions = SuppressionFile.Parse(suppressions), Today = new DateOnly(2026, 12, 1) });
    }

    [Fact]
    public void A_type_glob_suppresses_the_changes_of_matching_types_only()
    {
        var diff = Run("""[{"type": "struct priv_*", "reason": "private state"}]""");

        Assert.All(diff.Changes.Where(c => c.Type == "struct priv_state"), c => Assert.True(c.Suppressed));
        Assert.All(diff.Changes.Where(c => c.Type == "struct Point"), c => Assert.False(c.Suppressed));
        Assert.Equal(2, diff.Suppressions[0].Matched);
        Assert.Equal(Verdict.Incompatible, diff.Verdict);
    }

    [Fact]
    public void A_symbol_glob_hides_a_type_change_only_when_it_covers_every_export_reached()
    {
        var diff = Run("""[{"symbol": "internal_*", "reason": "internal API"}]""");

        // priv_state reaches internal_reset alone; Point also reaches get_x and init_point.
        Assert.All(diff.Changes.Where(c => c.Type == "struct priv_state"), c => Assert.True(c.Suppressed));
        Assert.All(diff.Changes.Where(c => c.Type == "struct Point"), c => Assert.False(c.Suppressed));
    }

    [Fact]
    public void A_type_entry_never_matches_changes_that_are_not_about_a_type()
    {
        var entry = new SuppressionEntry { Type = "*", Reason = "r" };

        Assert.False(entry.Matches(new AbiChange { Kind = ChangeKind.ExportRemoved, Severity = ChangeSeverity.Incompatible, Symbol = "f" }));
        Assert.True(entry.Matches(new AbiChange { Kind = ChangeKind.TypeSizeChanged, Severity = ChangeSeverity.Incompatible, Type = "struct X" }));
        Assert.Equal("#0 (type struct priv_*): r", ChangeText.Describe(new SuppressionEntry { Type = "struct priv_*", Reason = "r" }));
        Assert.Equal("struct priv_*", SuppressionFile.Parse("""[{"type": "struct priv_*", "reason": "r"}]""").Entries[0].Type);
    }
}

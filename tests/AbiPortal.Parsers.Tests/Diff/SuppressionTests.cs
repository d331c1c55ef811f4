using AbiPortal.Parsers.Diff;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

public sealed class SuppressionTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static AbiDiff Run(string suppressions)
        => SnapshotDiffer.Compare(
            ElfLib("l", Fn("internal_a"), Fn("internal_b"), Fn("public_c")),
            ElfLib("l"),
            new DiffOptions { Suppressions = SuppressionFile.Parse(suppressions), Today = Today });

    [Fact]
    public void Matching_changes_are_shown_but_not_counted()
    {
        var diff = Run("""{"suppressions": [{"symbol": "internal_*", "kind": "export-removed", "reason": "never public API"}]}""");
        Assert.Equal(3, diff.Changes.Count);
        Assert.Equal(2, diff.Changes.Count(c => c.Suppressed && c.Reason == "never public API"));
        Assert.Equal((1, 2), (diff.Summary.Incompatible, diff.Summary.Suppressed));
        Assert.Equal(SuppressionStatus.Applied, Assert.Single(diff.Suppressions).Status);
        Assert.Equal(2, diff.Suppressions[0].Matched);
    }

    [Fact]
    public void Suppressing_every_breaking_change_changes_the_verdict()
    {
        var diff = Run("""[{"kind": "export-removed", "reason": "major release"}]""");
        Assert.Equal(Verdict.None, diff.Verdict);
        Assert.Equal(0, diff.Summary.Incompatible);
    }

    [Fact]
    public void Entries_that_matched_nothing_are_reported()
    {
        var diff = Run("""[{"symbol": "nope", "reason": "stale"}, {"symbol": "public_c", "kind": "export-added", "reason": "wrong kind"}]""");
        Assert.All(diff.Suppressions, s => Assert.Equal(SuppressionStatus.Unmatched, s.Status));
        Assert.Equal(Verdict.Incompatible, diff.Verdict);
    }

    [Fact]
    public void Expired_entries_suppress_nothing_and_are_reported()
    {
        var diff = Run("""[{"symbol": "public_c", "reason": "until the migration", "expires": "2026-11-20"}, {"symbol": "internal_a", "reason": "ok", "expires": "2026-11-21"}]""");
        Assert.Equal([SuppressionStatus.Expired, SuppressionStatus.Applied], diff.Suppressions.Select(s => s.Status));
        Assert.False(diff.Changes.Single(c => c.Symbol == "public_c").Suppressed);
        Assert.True(diff.Changes.Single(c => c.Symbol == "internal_a").Suppressed);
    }

    [Fact]
    public void Demangled_names_and_grouped_symbols_can_be_matched()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("_ZN6detail3fooEv", demangled: "detail::foo()"), Fn("x", "V1")),
            ElfLib("l", Fn("x", "V2")),
            new DiffOptions { Suppressions = SuppressionFile.Parse("""[{"symbol": "detail::*", "reason": "internal"}, {"symbol": "x", "kind": "version-node-renamed", "reason": "planned"}]"""), Today = Today });
        Assert.All(diff.Changes, c => Assert.True(c.Suppressed));
    }

    [Theory]
    [InlineData("""[{"symbol": "x"}]""")]
    [InlineData("""[{"reason": "matches everything"}]""")]
    [InlineData("""[{"symbol": "x", "kind": "no-such-kind", "reason": "r"}]""")]
    [InlineData("""[{"symbol": "x", "reason": "r", "expires": "next week"}]""")]
    [InlineData("""[{"symbol": "x", "reason": "r", "colour": "red"}]""")]
    [InlineData("""{"suppressions": 3}""")]
    [InlineData("""not json""")]
    public void Malformed_files_are_rejected(string json)
        => Assert.Throws<FormatException>(() => SuppressionFile.Parse(json));

    [Theory]
    [InlineData("foo", "foo", true)]
    [InlineData("foo", "foobar", false)]
    [InlineData("foo*", "foobar", true)]
    [InlineData("*bar", "foobar", true)]
    [InlineData("f?o*r", "foobar", true)]
    [InlineData("*::detail::*", "ns::detail::impl(int)", true)]
    [InlineData("a*b*c", "aXbYd", false)]
    [InlineData("*", "", true)]
    public void Glob_matches_whole_names(string pattern, string text, bool expected)
        => Assert.Equal(expected, Glob.IsMatch(pattern, text));
}

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The result of comparing two snapshots: the verdict, counts, and every classified change
/// (members' changes included, each naming its member). Its JSON form is documented in docs/diff.md.
/// </summary>
public sealed record AbiDiff
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required DiffSide Old { get; init; }

    public required DiffSide New { get; init; }

    public Verdict Verdict { get; init; }

    public required DiffSummary Summary { get; init; }

    /// <summary>Breaking first, then compatible, then info; within a severity by kind, member and name.</summary>
    public IReadOnlyList<AbiChange> Changes { get; init; } = [];

    /// <summary>What each suppression entry did; empty without a suppression file.</summary>
    public IReadOnlyList<SuppressionOutcome> Suppressions { get; init; } = [];

    /// <summary>The verdict the changes that were not suppressed give.</summary>
    public static Verdict VerdictOf(DiffSummary summary)
        => summary.Breaking > 0 ? Verdict.Incompatible : summary.Compatible > 0 ? Verdict.Compatible : Verdict.None;
}

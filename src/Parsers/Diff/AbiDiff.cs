namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The result of comparing two snapshots: the verdict, counts, and every classified change
/// (members' changes included, each naming its member). Its JSON form is documented in docs/diff.md.
/// </summary>
public sealed record AbiDiff
{
    /// <summary>
    /// The JSON schema version this build writes: 2 since the tiers (<c>incompatible</c>,
    /// <c>api-break</c>, <c>risk</c>, <c>compatible</c>, <c>info</c>) replaced <c>breaking</c>;
    /// 3 since changes read from debug info (<c>type</c>, <c>item</c>, <c>exportCount</c>,
    /// <c>rationale</c>, a path per affected symbol), each side's <c>evidence</c> and the
    /// <c>notes</c> on what could not be checked.
    /// </summary>
    public const int CurrentSchemaVersion = 3;

    /// <summary>Schema version of the JSON form.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The old file.</summary>
    public required DiffSide Old { get; init; }

    /// <summary>The new file.</summary>
    public required DiffSide New { get; init; }

    /// <summary>From the changes that were not suppressed: <see cref="VerdictOf(DiffSummary)"/>.</summary>
    public Verdict Verdict { get; init; }

    /// <summary>Counts per tier and kind.</summary>
    public required DiffSummary Summary { get; init; }

    /// <summary>Worst tier first (incompatible ... info), suppressed last; within a tier by kind, member and name.</summary>
    public IReadOnlyList<AbiChange> Changes { get; init; } = [];

    /// <summary>
    /// What the diff could not check, in words: one side without debug info, a surface cut short
    /// by limits, exports described by one side's debug info only. Empty when everything both
    /// sides carry was compared.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What each suppression entry did; empty without a suppression file.</summary>
    public IReadOnlyList<SuppressionOutcome> Suppressions { get; init; } = [];

    /// <summary>
    /// ABI contract findings (docs/lint.md) the new file has and the old one had not, called out
    /// beside the changes but not part of the verdict; null when the diff was made without
    /// linting both sides (without <c>--lint</c>, or from snapshot JSON).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Lint.LintFinding>? NewFindings { get; init; }

    /// <summary>The verdict the changes that were not suppressed give.</summary>
    public static Verdict VerdictOf(DiffSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        foreach (var severity in Enum.GetValues<ChangeSeverity>())
        {
            if (severity != ChangeSeverity.Info && summary.Count(severity) > 0)
            {
                return VerdictOf(severity);
            }
        }

        return Verdict.None;
    }

    /// <summary>The verdict one change of <paramref name="severity"/> gives on its own (info gives none).</summary>
    public static Verdict VerdictOf(ChangeSeverity severity) => severity switch
    {
        ChangeSeverity.Incompatible => Verdict.Incompatible,
        ChangeSeverity.ApiBreak => Verdict.ApiBreak,
        ChangeSeverity.Risk => Verdict.Risk,
        ChangeSeverity.Compatible => Verdict.Compatible,
        _ => Verdict.None,
    };
}

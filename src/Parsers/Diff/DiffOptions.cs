namespace AbiPortal.Parsers.Diff;

/// <summary>How <see cref="SnapshotDiffer"/> compares.</summary>
public sealed record DiffOptions
{
    public static DiffOptions Default { get; } = new();

    /// <summary>Suppressions to apply; null for none.</summary>
    public SuppressionFile? Suppressions { get; init; }

    /// <summary>The day suppression expiry is judged against; null for today (UTC). Tests pin it.</summary>
    public DateOnly? Today { get; init; }
}

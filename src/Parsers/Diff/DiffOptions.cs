namespace AbiPortal.Parsers.Diff;

/// <summary>How <see cref="SnapshotDiffer"/> compares.</summary>
public sealed record DiffOptions
{
    /// <summary>No suppressions, today's date.</summary>
    public static DiffOptions Default { get; } = new();

    /// <summary>Suppressions to apply; null for none.</summary>
    public SuppressionFile? Suppressions { get; init; }

    /// <summary>
    /// Demangles the names of symbols that appear in changes, for snapshots read without
    /// demangling (<c>SnapshotReadOptions.Demangle = false</c>): a diff needs the demangled form of
    /// a few thousand changed names, not of every export (90,000 in libLLVM). Null: use what the
    /// snapshots carry.
    /// </summary>
    public Func<string, string?>? Demangle { get; init; }

    /// <summary>
    /// How many exports the type changes of one diff list in all (<see cref="AbiChange.Symbols"/>):
    /// a change in a core type of a huge library reaches tens of thousands, in each of thousands
    /// of changes. When the cap bites, each change lists its nearest exports (at least 10) and
    /// <see cref="AbiChange.ExportCount"/> still counts them all.
    /// </summary>
    public int MaxListedExports { get; init; } = 20_000;

    /// <summary>The day suppression expiry is judged against; null for today (UTC). Tests pin it.</summary>
    public DateOnly? Today { get; init; }
}

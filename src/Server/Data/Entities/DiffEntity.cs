namespace AbiPortal.Server.Data.Entities;

/// <summary>
/// A stored diff of two artifacts (base = old, head = new): computed once, at ingest for the pairs
/// pages show (each release against its predecessor, each PR build against its baseline) and on
/// first request for any other pair, then read by every page and API call. Its changes are rows of
/// <see cref="DiffChangeEntity"/>, its counts rows of <see cref="DiffCountEntity"/>. Deleted with
/// either artifact.
/// </summary>
public sealed class DiffEntity
{
    public long Id { get; set; }

    public long BaseId { get; set; }

    public long HeadId { get; set; }

    /// <summary>
    /// The diff engine that computed it (<see cref="Diffs.StoredDiffs.Engine"/>): a diff from
    /// another engine counts as not stored, and is computed again when next needed.
    /// </summary>
    public int Engine { get; set; }

    /// <summary>The verdict word (<c>none</c>, <c>compatible</c>, ...), as the diff JSON writes it.</summary>
    public required string Verdict { get; set; }

    /// <summary>All changes (the rows of <see cref="DiffChangeEntity"/>).</summary>
    public int ChangeCount { get; set; }

    /// <summary>What the old side's ABI was read from (<c>symbols only</c>, <c>symbols + debug info (DWARF 5, 3 units)</c>).</summary>
    public string? OldEvidence { get; set; }

    /// <summary>What the new side's ABI was read from.</summary>
    public string? NewEvidence { get; set; }

    /// <summary>What the diff could not check, one note per line (a side without debug info, a surface cut by the caps).</summary>
    public string? Notes { get; set; }

    /// <summary>
    /// True for a pair a page shows (a release and its predecessor, a PR build and its baseline),
    /// kept as long as both artifacts are; false for a pair someone asked for, which the retention
    /// sweep removes after a while.
    /// </summary>
    public bool Pinned { get; set; }

    public DateTime ComputedAt { get; set; }
}

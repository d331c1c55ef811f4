using AbiPortal.Parsers.Diff;

namespace AbiPortal.Client.Contracts;

/// <summary>
/// A stored diff's summary, without its changes: what a page shows first (the verdict, the counts),
/// and the groups it pages through (<see cref="IPortalQueries.GetDiffChangesAsync"/>).
/// </summary>
/// <param name="Base">The old side.</param>
/// <param name="Head">The new side.</param>
/// <param name="DiffId">The stored diff, for paging its changes.</param>
/// <param name="Old">The old file as the diff names it.</param>
/// <param name="New">The new file as the diff names it.</param>
/// <param name="Verdict">The verdict of the unsuppressed changes.</param>
/// <param name="Summary">Counts per severity and kind.</param>
/// <param name="Groups">The unsuppressed changes per severity and kind, most severe first, in the engine's kind order.</param>
/// <param name="ChangeCount">All changes, suppressed ones included.</param>
public sealed record DiffView(
    ArtifactSummary Base,
    ArtifactSummary Head,
    long DiffId,
    DiffSide Old,
    DiffSide New,
    Verdict Verdict,
    DiffSummary Summary,
    IReadOnlyList<DiffGroup> Groups,
    int ChangeCount);

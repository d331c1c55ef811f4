namespace AbiPortal.Server.Diffs;

/// <summary>What a stored diff depends on besides its two snapshots.</summary>
public static class StoredDiffs
{
    /// <summary>
    /// The diff engine's classification version. Raise it whenever the engine would classify the
    /// same two snapshots differently (new change kinds, other severities, other verdict words):
    /// diffs stored by another engine then count as not stored and are computed again, by the
    /// indexer at start-up for the pairs pages show and on first request for the rest.
    /// </summary>
    public const int Engine = 3;

    /// <summary>Symbols of a grouped change loaded with a page of changes (the rest are paged on their own).</summary>
    public const int SymbolsPerChange = 200;

    /// <summary>Diffs of pairs nobody pins (asked for on the diff page or by a check against a named version) kept at most.</summary>
    public const int MaxUnpinned = 1000;

    /// <summary>How long an unpinned diff is kept after it was computed.</summary>
    public static readonly TimeSpan UnpinnedLifetime = TimeSpan.FromDays(7);
}

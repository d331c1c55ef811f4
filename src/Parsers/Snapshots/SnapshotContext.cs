using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// What a format reader needs to know besides the bytes: the file record, the member name,
/// options, nesting depth and the budget of the whole file (shared with every member).
/// </summary>
internal sealed record SnapshotContext(SnapshotFile File, string? Member, SnapshotReadOptions Options, ParseBudget Budget, int Depth)
{
    /// <summary>The file's path on disk, for top-level files read by path (separate debug files are looked for beside it).</summary>
    public string? Path { get; init; }

    public ParseLimits Limits => Options.Limits;

    /// <summary>Reads a member or slice with whichever reader its bytes call for.</summary>
    /// <remarks><paramref name="path"/> is passed for fat slices only: a slice's dSYM companion is found from the universal file's path.</remarks>
    public Snapshot ReadNested(ReadOnlyMemory<byte> data, string memberName, string? path = null)
        => SnapshotReader.ReadNested(data, memberName, Options, Budget, Depth + 1, path);
}

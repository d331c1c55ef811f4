using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// What a format reader needs to know besides the bytes: the file record, the member name,
/// options, nesting depth and the budget of the whole file (shared with every member).
/// </summary>
internal sealed record SnapshotContext(SnapshotFile File, string? Member, SnapshotReadOptions Options, ParseBudget Budget, int Depth)
{
    public ParseLimits Limits => Options.Limits;

    /// <summary>Reads a member or slice with whichever reader its bytes call for.</summary>
    public Snapshot ReadNested(ReadOnlyMemory<byte> data, string memberName)
        => SnapshotReader.ReadNested(data, memberName, Options, Budget, Depth + 1);
}

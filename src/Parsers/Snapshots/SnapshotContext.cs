namespace AbiPortal.Parsers.Snapshots;

/// <summary>What a format reader needs to know besides the bytes: the file record, the member name, options and nesting depth.</summary>
internal sealed record SnapshotContext(SnapshotFile File, string? Member, SnapshotReadOptions Options, int Depth)
{
    public ParseLimits Limits => Options.Limits;

    /// <summary>Reads a member or slice with whichever reader its bytes call for.</summary>
    public Snapshot ReadNested(ReadOnlyMemory<byte> data, string memberName)
        => SnapshotReader.ReadNested(data, memberName, Options, Depth + 1);
}

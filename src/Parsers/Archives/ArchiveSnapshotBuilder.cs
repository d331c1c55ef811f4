using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Archives;

/// <summary>Builds the snapshot of one ar archive input. (Scaffold: replaced by the Archives reader.)</summary>
internal static class ArchiveSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
        => SnapshotReader.Unavailable(BinaryFormat.Archive, context);
}

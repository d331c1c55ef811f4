using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.PE;

/// <summary>Builds the snapshot of one PE image input. (Scaffold: replaced by the PE reader.)</summary>
internal static class PESnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
        => SnapshotReader.Unavailable(BinaryFormat.PE, context);
}

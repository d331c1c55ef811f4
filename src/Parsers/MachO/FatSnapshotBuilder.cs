using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.MachO;

/// <summary>Builds the snapshot of one universal (fat) input. (Scaffold: replaced by the MachO reader.)</summary>
internal static class FatSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
        => SnapshotReader.Unavailable(BinaryFormat.Fat, context);
}

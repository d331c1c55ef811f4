using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.MachO;

/// <summary>Builds the snapshot of one Mach-O input. (Scaffold: replaced by the MachO reader.)</summary>
internal static class MachOSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
        => SnapshotReader.Unavailable(BinaryFormat.MachO, context);
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.PE;

/// <summary>Builds the snapshot of one COFF object input. (Scaffold: replaced by the PE reader.)</summary>
internal static class CoffSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
        => SnapshotReader.Unavailable(BinaryFormat.Coff, context);
}

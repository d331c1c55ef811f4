using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.PE;

/// <summary>Builds the snapshot of one short import member input. (Scaffold: replaced by the PE reader.)</summary>
internal static class CoffImportSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
        => SnapshotReader.Unavailable(BinaryFormat.CoffImport, context);
}

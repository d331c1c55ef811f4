using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Elf;

/// <summary>Builds the snapshot of one ELF input. (Scaffold: replaced by the Elf reader.)</summary>
internal static class ElfSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
        => SnapshotReader.Unavailable(BinaryFormat.Elf, context);
}

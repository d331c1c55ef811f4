using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// The snapshot of one short import member: the public symbols the linker sees (<c>__imp_X</c>
/// always, the thunk <c>X</c> for code), each saying which DLL exports it and under what name.
/// </summary>
internal static class CoffImportSnapshotBuilder
{
    private const string ImpPrefix = "__imp_";

    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
    {
        var import = CoffImportObject.Read(data, context.Limits);
        string? typeFlag = import.Type switch
        {
            ImportObjectHeader.TypeData => ExportFlags.Data,
            ImportObjectHeader.TypeConst => ExportFlags.Const,
            _ => null,
        };
        string? noName = import.IsByOrdinal ? ExportFlags.NoName : null;
        var pointer = new SnapshotExport
        {
            Name = ImpPrefix + import.SymbolName,
            // __imp_X is the IAT slot: a pointer, whatever it points at.
            Kind = SymbolKind.Object,
            Binding = SymbolBinding.Global,
            Ordinal = import.IsByOrdinal ? import.OrdinalOrHint : null,
            Library = import.DllName,
            ImportedName = import.ImportName,
            Flags = PESnapshotBuilder.Flags(typeFlag, noName),
        };
        var exports = new List<SnapshotExport> { pointer };
        if (import.Type == ImportObjectHeader.TypeCode)
        {
            exports.Add(pointer with { Name = import.SymbolName, Kind = SymbolKind.Function });
        }

        return new Snapshot
        {
            File = context.File,
            Member = context.Member,
            Format = BinaryFormat.CoffImport,
            Arch = PEMachine.Arch(import.Machine),
            Bits = PEMachine.Bits(import.Machine),
            Endian = Endianness.Little,
            Kind = BinaryKind.ImportObject,
            Identity = new SnapshotIdentity { Machine = PEMachine.Name(import.Machine), Timestamp = import.TimeDateStamp },
            Dependencies = [new SnapshotDependency { Name = import.DllName }],
            Exports = exports,
        };
    }
}

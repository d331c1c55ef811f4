using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>The export directory (PE/COFF spec, ".edata Section").</summary>
public sealed partial class PEFile
{
    private const uint ExportDirectorySize = 40;

    private PEExportTable? ReadExports()
    {
        var directory = OptionalHeader.Directory(ImageDataDirectory.Export);
        if (!TryMapDirectory(directory, ExportDirectorySize, "export directory", out ulong at))
        {
            return null;
        }

        var reader = new ByteReader(_data.Span);
        reader.TryReadUInt32(at + 4, out uint timestamp);
        reader.TryReadUInt32(at + 12, out uint nameRva);
        reader.TryReadUInt32(at + 16, out uint ordinalBase);
        reader.TryReadUInt32(at + 20, out uint functionCount);
        reader.TryReadUInt32(at + 24, out uint nameCount);
        reader.TryReadUInt32(at + 28, out uint functionsRva);
        reader.TryReadUInt32(at + 32, out uint namesRva);
        reader.TryReadUInt32(at + 36, out uint ordinalsRva);
        string? dllName = nameRva == 0 ? null : ReadRvaString(nameRva, "export directory name");

        // Both tables must lie inside the data before anything is allocated from their counts.
        // The check maps them; an empty table's offset is never read.
        ulong functionsAt = 0, namesAt = 0, ordinalsAt = 0;
        if (functionCount > _limits.MaxSymbols || nameCount > _limits.MaxSymbols
            || (functionCount > 0 && !TryMapRva(functionsRva, (ulong)functionCount * 4, out functionsAt))
            || (nameCount > 0 && (!TryMapRva(namesRva, (ulong)nameCount * 4, out namesAt) || !TryMapRva(ordinalsRva, (ulong)nameCount * 2, out ordinalsAt))))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidExportDirectory, (long)at, $"The export tables ({functionCount} addresses, {nameCount} names) do not fit the image.");
            return new PEExportTable(dllName, timestamp, ordinalBase, []);
        }

        var namesByIndex = new List<string>?[functionCount];
        for (uint i = 0; i < nameCount; i++)
        {
            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent((long)(namesAt + ((ulong)i * 4)), $"export names {i} to {nameCount - 1} are");
                break;
            }

            reader.TryReadUInt16(ordinalsAt + ((ulong)i * 2), out ushort index);
            if (index >= functionCount)
            {
                _diagnostics.Warning(DiagnosticCodes.PEInvalidNameOrdinal, (long)(ordinalsAt + ((ulong)i * 2)), $"Export name {i} points at address-table index {index}, past its {functionCount} entries.");
                continue;
            }

            reader.TryReadUInt32(namesAt + ((ulong)i * 4), out uint entryNameRva);
            if (ReadRvaString(entryNameRva, "export name") is { } name)
            {
                (namesByIndex[index] ??= []).Add(name);
            }
        }

        var entries = new List<PEExportEntry>();
        for (uint index = 0; index < functionCount; index++)
        {
            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent((long)(functionsAt + ((ulong)index * 4)), $"exports {index} to {functionCount - 1} are");
                break;
            }

            reader.TryReadUInt32(functionsAt + ((ulong)index * 4), out uint rva);
            if (rva == 0)
            {
                // An empty slot: ordinals between used ones that export nothing.
                continue;
            }

            uint ordinal = unchecked(ordinalBase + index);
            var entry = MakeExport(ordinal, rva, directory);
            if (namesByIndex[index] is { } names)
            {
                entries.AddRange(names.Select(n => entry with { Name = n }));
            }
            else
            {
                entries.Add(entry);
            }
        }

        return new PEExportTable(dllName, timestamp, ordinalBase, entries);
    }

    /// <summary>An RVA inside the export directory itself is a forwarder string, not code or data (spec, "Export Address Table").</summary>
    private PEExportEntry MakeExport(uint ordinal, uint rva, ImageDataDirectory directory)
    {
        if (rva >= directory.VirtualAddress && rva - directory.VirtualAddress < directory.Size)
        {
            return new PEExportEntry(ordinal, null, null, ReadRvaString(rva, "forwarder") ?? string.Empty, null, false);
        }

        var section = SectionOf(rva);
        return new PEExportEntry(ordinal, null, rva, null, section?.Name, section is not null && !section.IsCode);
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.PE;

/// <summary>Turns a <see cref="PEFile"/> into the format-neutral snapshot.</summary>
internal static class PESnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
    {
        var pe = PEFile.Read(data, context.Budget);
        var codeView = pe.CodeView;
        return new Snapshot
        {
            File = context.File,
            Member = context.Member,
            Format = BinaryFormat.PE,
            Arch = pe.Arch,
            Bits = pe.Is64 ? 64 : 32,
            Endian = Endianness.Little,
            Kind = pe.IsDll ? BinaryKind.SharedLibrary : BinaryKind.Executable,
            Identity = new SnapshotIdentity
            {
                Name = pe.Exports?.DllName,
                Machine = PEMachine.Name(pe.Machine),
                BuildId = codeView?.SymbolServerKey,
                PdbPath = codeView?.PdbPath,
                PdbGuid = codeView?.GuidText,
                PdbAge = codeView?.Age,
                Timestamp = pe.TimeDateStamp,
                Subsystem = PEFlagNames.Subsystem(pe.Subsystem),
                Characteristics = PEFlagNames.Characteristics(pe.Characteristics, pe.DllCharacteristics),
                FileVersion = pe.FileVersion,
                ProductVersion = pe.ProductVersion,
                EntryPoint = pe.AddressOfEntryPoint == 0 ? null : pe.AddressOfEntryPoint,
            },
            Hardening = Hardening(pe),
            Dependencies = Dependencies(pe),
            Exports = pe.Exports?.Entries.Select(ToExport).ToArray() ?? [],
            Imports = pe.Imports.SelectMany(ToImports).ToArray(),
            Diagnostics = pe.Diagnostics,
        };
    }

    /// <summary>
    /// The DLL characteristics a hardening checker (BinSkim) reads: /DYNAMICBASE, /HIGHENTROPYVA
    /// (PE32+ only: it means nothing for a 32-bit image), /NXCOMPAT and /GUARD:CF from the
    /// optional header, /CETCOMPAT from the debug directory (PE/COFF spec, "DLL Characteristics").
    /// </summary>
    private static SnapshotHardening Hardening(PEFile pe)
    {
        ushort dll = pe.DllCharacteristics;
        var controlFlow = new List<string>(2);
        if ((dll & PEFlagNames.GuardCF) != 0)
        {
            controlFlow.Add("cfg");
        }

        if (pe.ExtendedDllCharacteristics is { } extended && (extended & PEFile.ImageDllCharacteristicsExCetCompat) != 0)
        {
            controlFlow.Add("shstk");
        }

        return new SnapshotHardening
        {
            Aslr = (dll & PEFlagNames.DynamicBase) != 0,
            HighEntropyAslr = pe.Is64 ? (dll & PEFlagNames.HighEntropyVA) != 0 : null,
            Nx = (dll & PEFlagNames.NxCompat) != 0,
            ControlFlow = controlFlow,
        };
    }

    private static SnapshotExport ToExport(PEExportEntry e) => new()
    {
        Name = e.Name,
        Ordinal = e.Ordinal,
        Forwarder = e.Forwarder,
        Address = e.Rva,
        Section = e.Section,
        // A forwarder names a function in another DLL in practice; DATA forwarders do not survive linking.
        Kind = e.IsData ? SymbolKind.Object : SymbolKind.Function,
        Binding = SymbolBinding.Global,
        Flags = Flags(e.Name is null ? ExportFlags.NoName : null, e.IsData ? ExportFlags.Data : null),
    };

    private static IEnumerable<SnapshotImport> ToImports(PEImportedLibrary library)
        => library.Functions.Select(f => new SnapshotImport
        {
            Name = f.Name,
            Library = library.DllName,
            Ordinal = f.Ordinal,
            Hint = f.Hint,
            Kind = SymbolKind.None,
            Flags = Flags(f.Name is null ? ExportFlags.NoName : null, library.IsDelayLoad ? ExportFlags.Delay : null),
        });

    /// <summary>One dependency per DLL, in table order; a DLL both imported and delay-loaded stays "needed".</summary>
    private static SnapshotDependency[] Dependencies(PEFile pe)
    {
        var seen = new Dictionary<string, SnapshotDependency>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var library in pe.Imports)
        {
            if (library.DllName.Length == 0 || seen.ContainsKey(library.DllName))
            {
                continue;
            }

            seen[library.DllName] = new SnapshotDependency { Name = library.DllName, Kind = library.IsDelayLoad ? DependencyKind.Delay : DependencyKind.Needed };
            order.Add(library.DllName);
        }

        return order.Select(n => seen[n]).ToArray();
    }

    internal static string[] Flags(params string?[] flags) => flags.OfType<string>().ToArray();
}

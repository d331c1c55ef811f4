using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.MachO;

/// <summary>Exports (from the trie, or from LC_SYMTAB without one) and imports (two-level namespace).</summary>
internal static partial class MachOSnapshotBuilder
{
    private static SnapshotExport[] TrieExports(MachOFile file, IReadOnlyList<MachOExportEntry> trie, DiagnosticBag diagnostics)
    {
        var exports = new SnapshotExport[trie.Count];
        for (int i = 0; i < trie.Count; i++)
        {
            var e = trie[i];
            var flags = new List<string>(2);
            if (e.IsWeakDefinition)
            {
                flags.Add(ExportFlags.WeakDefinition);
            }

            if (e.IsReexport)
            {
                flags.Add(ExportFlags.Reexport);
            }

            if (e.IsStubAndResolver)
            {
                flags.Add(ExportFlags.StubAndResolver);
            }

            if (e.Kind == MachOConstants.EXPORT_SYMBOL_FLAGS_KIND_THREAD_LOCAL)
            {
                flags.Add(ExportFlags.ThreadLocal);
            }
            else if (e.Kind == MachOConstants.EXPORT_SYMBOL_FLAGS_KIND_ABSOLUTE)
            {
                flags.Add(ExportFlags.Absolute);
            }

            // Trie addresses are offsets from the mach header, which __TEXT maps at its vmaddr
            // (0x100000000 in executables): report the VM address, as nm and llvm-objdump do.
            // An absolute symbol's value is no offset and is kept as stored.
            bool absolute = e.Kind == MachOConstants.EXPORT_SYMBOL_FLAGS_KIND_ABSOLUTE;
            ulong address = absolute ? e.Address : unchecked(file.TextVmAddr + e.Address);
            var section = e.IsReexport || absolute ? null : file.SectionAt(address);
            exports[i] = new SnapshotExport
            {
                Name = e.Name,
                Kind = e.Kind switch
                {
                    MachOConstants.EXPORT_SYMBOL_FLAGS_KIND_THREAD_LOCAL => SymbolKind.Tls,
                    MachOConstants.EXPORT_SYMBOL_FLAGS_KIND_ABSOLUTE => SymbolKind.Absolute,
                    _ when e.IsStubAndResolver => SymbolKind.IFunc,
                    _ => SectionKind(section),
                },
                Binding = e.IsWeakDefinition ? SymbolBinding.Weak : SymbolBinding.Global,
                Visibility = SymbolVisibility.Default,
                Address = e.IsReexport ? null : address,
                Section = section?.FullName,
                Library = e.IsReexport ? LibraryName(file, e.LibraryOrdinal, diagnostics) : null,
                ImportedName = e.IsReexport ? e.ImportedName ?? e.Name : null,
                Flags = flags,
            };
        }

        return exports;
    }

    private static SnapshotExport[] SymbolTableExports(MachOFile file)
        => file.ExternalDefinedSymbols().Select(s =>
        {
            bool weak = (s.n_desc & MachOConstants.N_WEAK_DEF) != 0;
            var section = s.Type == MachOConstants.N_SECT ? file.SectionByIndex(s.n_sect) : null;
            var kind = s.IsCommon ? SymbolKind.Common
                : s.Type == MachOConstants.N_ABS ? SymbolKind.Absolute
                : section is { IsThreadLocal: true } ? SymbolKind.Tls
                : SectionKind(section);
            return new SnapshotExport
            {
                Name = s.Name,
                Kind = kind,
                Binding = weak ? SymbolBinding.Weak : SymbolBinding.Global,
                Visibility = SymbolVisibility.Default,
                Address = s.n_value,
                Size = s.IsCommon ? s.n_value : null,
                Section = section?.FullName,
                Flags = weak ? [ExportFlags.WeakDefinition] : [],
            };
        }).ToArray();

    private static SnapshotImport[] Imports(MachOFile file, DiagnosticBag diagnostics)
    {
        // Only images bound with a two-level namespace record the library in n_desc; objects and
        // flat-namespace images leave the choice to the linker or dyld.
        bool twoLevel = (file.Header.flags & MachOConstants.MH_TWOLEVEL) != 0;
        return file.UndefinedSymbols().Select(s =>
        {
            bool weak = (s.n_desc & MachOConstants.N_WEAK_REF) != 0;
            return new SnapshotImport
            {
                Name = s.Name,
                Library = twoLevel ? LibraryName(file, s.LibraryOrdinal, diagnostics) : null,
                Binding = weak ? SymbolBinding.Weak : SymbolBinding.Global,
                Flags = weak ? [ExportFlags.WeakImport] : [],
            };
        }).ToArray();
    }

    /// <summary>
    /// The library a two-level ordinal names: 1..n index the dependent dylibs in load order; the
    /// special ordinals get llvm-objdump's spellings (<c>this-image</c>, <c>main-executable</c>)
    /// and <c>dynamic-lookup</c> for DYNAMIC_LOOKUP_ORDINAL (-undefined dynamic_lookup).
    /// </summary>
    private static string? LibraryName(MachOFile file, int ordinal, DiagnosticBag diagnostics)
    {
        switch (ordinal)
        {
            case MachOConstants.SELF_LIBRARY_ORDINAL:
                return "this-image";
            case MachOConstants.DYNAMIC_LOOKUP_ORDINAL:
                return "dynamic-lookup";
            case MachOConstants.EXECUTABLE_ORDINAL:
                return "main-executable";
        }

        if (ordinal >= 1 && ordinal <= file.Dylibs.Count)
        {
            return file.Dylibs[ordinal - 1].name;
        }

        diagnostics.Warning(DiagnosticCodes.MachOBadLibraryOrdinal, null, $"Library ordinal {ordinal} names no dependent library (there are {file.Dylibs.Count}).");
        return null;
    }

    private static SymbolKind SectionKind(Section? section) => section switch
    {
        null => SymbolKind.None,
        { IsThreadLocal: true } => SymbolKind.Tls,
        { HasInstructions: true } => SymbolKind.Function,
        _ => SymbolKind.Object,
    };
}

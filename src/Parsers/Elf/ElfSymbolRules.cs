using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Elf;

/// <summary>
/// Which ELF symbols are exports and imports (docs/snapshot.md, "ELF rules"), and how their
/// kind, binding and visibility map onto the snapshot model.
/// </summary>
internal static class ElfSymbolRules
{
    /// <summary>
    /// Shared libraries and executables: defined .dynsym symbols (SHN_ABS and SHN_COMMON count)
    /// with binding GLOBAL, WEAK or GNU_UNIQUE and visibility DEFAULT or PROTECTED, not SECTION or
    /// FILE symbols: what the dynamic linker can bind to.
    /// </summary>
    public static SnapshotExport[] DynamicExports(ElfFile file, ElfVersionLookup versions, DiagnosticBag bag)
    {
        var symbols = file.DynamicSymbols;
        var inSymtab = StaticNames(file);
        var result = new List<SnapshotExport>(symbols.Count);
        for (int i = 1; i < symbols.Count; i++)
        {
            var s = symbols[i];
            if (!IsExportable(s) || s.Visibility is not (ElfConstants.STV_DEFAULT or ElfConstants.STV_PROTECTED))
            {
                continue;
            }

            var (version, isDefault, _) = versions.Get(i);
            bool? listed = inSymtab is null ? false : inSymtab.Contains(s.Name)
                || (version is not null && (inSymtab.Contains(s.Name + "@@" + version) || inSymtab.Contains(s.Name + "@" + version)));
            result.Add(ToExport(file, s, bag) with { Version = version, DefaultVersion = isDefault, InSymbolTable = listed });
        }

        return result.ToArray();
    }

    /// <summary>Relocatable objects: the defined GLOBAL/WEAK/UNIQUE symbols of .symtab, whatever their visibility (the link, not the loader, decides).</summary>
    public static SnapshotExport[] ObjectExports(ElfFile file, DiagnosticBag bag)
    {
        var symbols = file.Symbols ?? [];
        var result = new List<SnapshotExport>();
        for (int i = 1; i < symbols.Count; i++)
        {
            if (IsExportable(symbols[i]))
            {
                result.Add(ToExport(file, symbols[i], bag) with { InSymbolTable = true });
            }
        }

        return result.ToArray();
    }

    /// <summary>Undefined GLOBAL/WEAK dynamic symbols, with the needed version and its library.</summary>
    public static SnapshotImport[] DynamicImports(ElfFile file, ElfVersionLookup versions)
    {
        var symbols = file.DynamicSymbols;
        var result = new List<SnapshotImport>();
        for (int i = 1; i < symbols.Count; i++)
        {
            if (IsImport(symbols[i]))
            {
                var (version, _, library) = versions.Get(i);
                result.Add(ToImport(symbols[i]) with { Version = version, Library = library });
            }
        }

        return result.ToArray();
    }

    /// <summary>Undefined GLOBAL/WEAK symbols of .symtab (what the object needs at link time).</summary>
    public static SnapshotImport[] ObjectImports(ElfFile file)
    {
        var symbols = file.Symbols ?? [];
        var result = new List<SnapshotImport>();
        for (int i = 1; i < symbols.Count; i++)
        {
            if (IsImport(symbols[i]))
            {
                result.Add(ToImport(symbols[i]));
            }
        }

        return result.ToArray();
    }

    private static bool IsGlobal(ElfSymbol s) => s.Bind is ElfConstants.STB_GLOBAL or ElfConstants.STB_WEAK or ElfConstants.STB_GNU_UNIQUE;

    private static bool IsExportable(ElfSymbol s)
        => s.IsDefined && IsGlobal(s) && s.SymbolType is not (ElfConstants.STT_SECTION or ElfConstants.STT_FILE);

    private static bool IsImport(ElfSymbol s) => !s.IsDefined && IsGlobal(s) && s.Name.Length > 0;

    /// <summary>Names of the defined global symbols of .symtab (as stored, so <c>f@@V</c> forms included); null when there is no .symtab.</summary>
    private static HashSet<string>? StaticNames(ElfFile file)
    {
        if (file.Symbols is not { } symbols)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in symbols)
        {
            if (s.IsDefined && IsGlobal(s))
            {
                names.Add(s.Name);
            }
        }

        return names;
    }

    private static SnapshotExport ToExport(ElfFile file, ElfSymbol s, DiagnosticBag bag)
    {
        string? section = null;
        var flags = Array.Empty<string>();
        if (s.SectionIndex == ElfConstants.SHN_ABS)
        {
            flags = [ExportFlags.Absolute];
        }
        else if (s.SectionIndex < file.Sections.Count)
        {
            section = file.Sections[(int)s.SectionIndex].Name;
        }
        else if (file.Sections.Count > 0 && (s.SectionIndex < ElfConstants.SHN_LORESERVE || s.SectionIndex > ElfConstants.SHN_XINDEX))
        {
            bag.Warning(DiagnosticCodes.ElfInvalidSymbolSectionIndex, null, $"Symbol {DiagnosticText.Short(s.Name)} has st_shndx {s.SectionIndex}, but the file has {file.Sections.Count} sections.");
        }

        return new SnapshotExport
        {
            Name = s.Name,
            Kind = Kind(s),
            Binding = Binding(s.Bind),
            Visibility = Visibility(s.Visibility),
            Address = s.Value,
            Size = s.Size,
            Section = section,
            Flags = flags,
        };
    }

    private static SnapshotImport ToImport(ElfSymbol s) => new()
    {
        Name = s.Name,
        Kind = Kind(s),
        Binding = Binding(s.Bind),
        Flags = s.Bind == ElfConstants.STB_WEAK ? [ExportFlags.WeakImport] : [],
    };

    private static SymbolKind Kind(ElfSymbol s) => s.SectionIndex == ElfConstants.SHN_COMMON ? SymbolKind.Common : s.SymbolType switch
    {
        ElfConstants.STT_FUNC => SymbolKind.Function,
        ElfConstants.STT_OBJECT => SymbolKind.Object,
        ElfConstants.STT_TLS => SymbolKind.Tls,
        ElfConstants.STT_GNU_IFUNC => SymbolKind.IFunc,
        ElfConstants.STT_COMMON => SymbolKind.Common,
        _ => SymbolKind.None,
    };

    private static SymbolBinding Binding(byte bind) => bind switch
    {
        ElfConstants.STB_GLOBAL => SymbolBinding.Global,
        ElfConstants.STB_WEAK => SymbolBinding.Weak,
        ElfConstants.STB_GNU_UNIQUE => SymbolBinding.Unique,
        _ => SymbolBinding.Local,
    };

    private static SymbolVisibility Visibility(byte visibility) => visibility switch
    {
        ElfConstants.STV_INTERNAL => SymbolVisibility.Internal,
        ElfConstants.STV_HIDDEN => SymbolVisibility.Hidden,
        ElfConstants.STV_PROTECTED => SymbolVisibility.Protected,
        _ => SymbolVisibility.Default,
    };
}

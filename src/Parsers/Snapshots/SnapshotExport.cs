namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// One exported symbol. <see cref="Name"/> is exactly as stored: no <c>@version</c> suffix, no
/// underscore stripping, no undecoration. Fields that do not apply to the format are null.
/// </summary>
public sealed record SnapshotExport
{
    /// <summary>Raw name; null only for PE ordinal-only (NONAME) exports.</summary>
    public string? Name { get; init; }

    /// <summary>ELF symbol version name; null when unversioned.</summary>
    public string? Version { get; init; }

    /// <summary>ELF: true for a default version (<c>@@</c>), false for a hidden one (<c>@</c>); null when unversioned.</summary>
    public bool? DefaultVersion { get; init; }

    /// <summary>Demangled form, or null when the name is not a mangled name.</summary>
    public string? Demangled { get; init; }

    public SymbolKind Kind { get; init; }

    public SymbolBinding? Binding { get; init; }

    public SymbolVisibility? Visibility { get; init; }

    /// <summary>Symbol value (ELF st_value, Mach-O address, PE RVA); null for forwarders and re-exports.</summary>
    public ulong? Address { get; init; }

    /// <summary>ELF st_size; null where the format has no sizes.</summary>
    public ulong? Size { get; init; }

    /// <summary>PE ordinal with the ordinal base applied (as dumpbin prints it).</summary>
    public uint? Ordinal { get; init; }

    /// <summary>PE forwarder target (<c>OTHER.Function</c> or <c>OTHER.#12</c>).</summary>
    public string? Forwarder { get; init; }

    /// <summary>Name of the section the symbol lives in.</summary>
    public string? Section { get; init; }

    /// <summary>ELF: whether <c>.symtab</c> is present and also lists this symbol; null where the question does not apply.</summary>
    public bool? InSymbolTable { get; init; }

    /// <summary>The library that really provides the symbol: the DLL for an import-library export, the source dylib of a Mach-O re-export.</summary>
    public string? Library { get; init; }

    /// <summary>Mach-O re-export: the name in the source library when it differs; import library: the name imported from the DLL.</summary>
    public string? ImportedName { get; init; }

    /// <summary>Format-specific flags, from <see cref="ExportFlags"/>.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}

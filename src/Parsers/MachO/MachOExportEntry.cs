namespace AbiPortal.Parsers.MachO;

/// <summary>
/// One terminal of the export trie (mach-o/loader.h, "export trie"). For a re-export,
/// <see cref="LibraryOrdinal"/> and <see cref="ImportedName"/> are set and the address is not;
/// for a stub-and-resolver entry, <see cref="Resolver"/> is the resolver's offset.
/// </summary>
internal readonly record struct MachOExportEntry(string Name, ulong Flags, ulong Address, int LibraryOrdinal, string? ImportedName, ulong? Resolver)
{
    public ulong Kind => Flags & MachOConstants.EXPORT_SYMBOL_FLAGS_KIND_MASK;

    public bool IsReexport => (Flags & MachOConstants.EXPORT_SYMBOL_FLAGS_REEXPORT) != 0;

    public bool IsWeakDefinition => (Flags & MachOConstants.EXPORT_SYMBOL_FLAGS_WEAK_DEFINITION) != 0;

    public bool IsStubAndResolver => (Flags & MachOConstants.EXPORT_SYMBOL_FLAGS_STUB_AND_RESOLVER) != 0;
}

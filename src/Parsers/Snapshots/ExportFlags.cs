namespace AbiPortal.Parsers.Snapshots;

/// <summary>The flag strings that may appear in <see cref="SnapshotExport.Flags"/> and <see cref="SnapshotImport.Flags"/>.</summary>
public static class ExportFlags
{
    /// <summary>Mach-O EXPORT_SYMBOL_FLAGS_WEAK_DEFINITION.</summary>
    public const string WeakDefinition = "weak-definition";

    /// <summary>Mach-O EXPORT_SYMBOL_FLAGS_REEXPORT.</summary>
    public const string Reexport = "reexport";

    /// <summary>Mach-O EXPORT_SYMBOL_FLAGS_STUB_AND_RESOLVER.</summary>
    public const string StubAndResolver = "stub-and-resolver";

    /// <summary>Mach-O EXPORT_SYMBOL_FLAGS_KIND_THREAD_LOCAL.</summary>
    public const string ThreadLocal = "thread-local";

    /// <summary>Mach-O EXPORT_SYMBOL_FLAGS_KIND_ABSOLUTE or ELF SHN_ABS.</summary>
    public const string Absolute = "absolute";

    /// <summary>PE export or import with no name (by ordinal only).</summary>
    public const string NoName = "noname";

    /// <summary>PE/import-library: a data symbol (IMPORT_OBJECT_DATA / DATA in a .def file).</summary>
    public const string Data = "data";

    /// <summary>Import library: IMPORT_OBJECT_CONST.</summary>
    public const string Const = "const";

    /// <summary>COFF: exported by a <c>/EXPORT:</c> directive in <c>.drectve</c>.</summary>
    public const string Directive = "directive";

    /// <summary>Import: weak (Mach-O N_WEAK_REF, ELF STB_WEAK undefined).</summary>
    public const string WeakImport = "weak-import";

    /// <summary>
    /// Import: a COFF weak external that falls back to a default symbol of the same object
    /// (<see cref="SnapshotImport.Default"/>) but defines nothing itself, so it is not an export.
    /// </summary>
    public const string WeakAlias = "weak-alias";

    /// <summary>Import: from the PE delay-load import directory.</summary>
    public const string Delay = "delay";
}

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Symbols the linker or the C runtime start files define in every shared library, which no
/// program links against on purpose: their appearing or vanishing (a change of linker, say GNU ld
/// to lld) is reported as info, not as an incompatible removal.
/// </summary>
public static class LinkerSymbols
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        // GNU ld's default linker scripts (ld --verbose): segment boundary symbols.
        "__bss_start", "_edata", "edata", "_end", "end", "__end__", "_etext", "etext", "__etext",
        "__data_start", "data_start",
        // crti.o / crtn.o, reached through DT_INIT / DT_FINI.
        "_init", "_fini",
        // MIPS (gABI MIPS supplement) and ARM EHABI boundary symbols.
        "_fbss", "_fdata", "_ftext", "_gp_disp", "__exidx_start", "__exidx_end",
        // Linker-synthesised tables, exported by some toolchains.
        "_DYNAMIC", "_GLOBAL_OFFSET_TABLE_", "_PROCEDURE_LINKAGE_TABLE_",
    };

    /// <summary>Whether <paramref name="name"/> is one of those symbols.</summary>
    public static bool Contains(string? name) => name is not null && Names.Contains(name);
}

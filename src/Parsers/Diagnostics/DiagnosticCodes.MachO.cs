namespace AbiPortal.Parsers.Diagnostics;

/// <summary>Mach-O and universal (fat) codes, MACHO3000–3999 (mach-o/loader.h, mach-o/fat.h).</summary>
public static partial class DiagnosticCodes
{
    private const string MachO = "MACHO";

    /// <summary>The file is shorter than its mach_header (fatal).</summary>
    public static readonly DiagnosticCode MachOTruncatedHeader = new(MachO, 3001);

    /// <summary>The magic is none of MH_MAGIC, MH_CIGAM, MH_MAGIC_64, MH_CIGAM_64 (fatal).</summary>
    public static readonly DiagnosticCode MachOBadMagic = new(MachO, 3002);

    /// <summary>ncmds/sizeofcmds describe more than the file holds.</summary>
    public static readonly DiagnosticCode MachOLoadCommandsOutOfRange = new(MachO, 3003);

    /// <summary>A load command's cmdsize is too small, misaligned or runs past sizeofcmds; the walk stops there.</summary>
    public static readonly DiagnosticCode MachOBadLoadCommandSize = new(MachO, 3004);

    /// <summary>More load commands than <see cref="ParseLimits.MaxLoadCommands"/>.</summary>
    public static readonly DiagnosticCode MachOTooManyLoadCommands = new(MachO, 3005);

    /// <summary>A load command is too short for its structure, or its string (lc_str) lies outside it.</summary>
    public static readonly DiagnosticCode MachOBadLoadCommand = new(MachO, 3006);

    /// <summary>A segment's sections (nsects) do not fit in the segment command.</summary>
    public static readonly DiagnosticCode MachOBadSectionTable = new(MachO, 3007);

    /// <summary>The symbol table (symoff/nsyms) lies outside the file.</summary>
    public static readonly DiagnosticCode MachOSymbolTableOutOfRange = new(MachO, 3010);

    /// <summary>The string table (stroff/strsize) lies outside the file.</summary>
    public static readonly DiagnosticCode MachOStringTableOutOfRange = new(MachO, 3011);

    /// <summary>A symbol's n_strx is outside the string table or its name is unterminated or overlong.</summary>
    public static readonly DiagnosticCode MachOBadSymbolName = new(MachO, 3012);

    /// <summary>LC_DYSYMTAB's symbol ranges do not lie inside the symbol table.</summary>
    public static readonly DiagnosticCode MachODynamicSymbolRangesOutOfRange = new(MachO, 3013);

    /// <summary>A two-level-namespace library ordinal names no dependent library.</summary>
    public static readonly DiagnosticCode MachOBadLibraryOrdinal = new(MachO, 3014);

    /// <summary>More symbols than <see cref="ParseLimits.MaxSymbols"/>.</summary>
    public static readonly DiagnosticCode MachOTooManySymbols = new(MachO, 3015);

    /// <summary>The export trie (export_off/export_size or LC_DYLD_EXPORTS_TRIE) lies outside the file.</summary>
    public static readonly DiagnosticCode MachOExportTrieOutOfRange = new(MachO, 3020);

    /// <summary>A ULEB128 in the export trie is truncated, overlong or overflows 64 bits.</summary>
    public static readonly DiagnosticCode MachOExportTrieBadUleb = new(MachO, 3021);

    /// <summary>A child edge leads to a node already visited (a cycle or a shared node).</summary>
    public static readonly DiagnosticCode MachOExportTrieCycle = new(MachO, 3022);

    /// <summary>The trie is deeper than <see cref="ParseLimits.MaxTrieDepth"/>.</summary>
    public static readonly DiagnosticCode MachOExportTrieTooDeep = new(MachO, 3023);

    /// <summary>The trie has more nodes than <see cref="ParseLimits.MaxTrieNodes"/>.</summary>
    public static readonly DiagnosticCode MachOExportTrieTooManyNodes = new(MachO, 3024);

    /// <summary>A node's terminal information runs past the node's declared size or the trie.</summary>
    public static readonly DiagnosticCode MachOExportTrieBadTerminal = new(MachO, 3025);

    /// <summary>A symbol name built from the edges is longer than <see cref="ParseLimits.MaxStringLength"/>.</summary>
    public static readonly DiagnosticCode MachOExportTrieNameTooLong = new(MachO, 3026);

    /// <summary>A child edge label is unterminated, or the child offset points outside the trie.</summary>
    public static readonly DiagnosticCode MachOExportTrieBadChild = new(MachO, 3027);

    /// <summary>An export's flags carry an unknown kind (EXPORT_SYMBOL_FLAGS_KIND_MASK).</summary>
    public static readonly DiagnosticCode MachOExportTrieBadFlags = new(MachO, 3028);

    /// <summary>The fat header or its fat_arch table is truncated (fatal).</summary>
    public static readonly DiagnosticCode FatTruncatedHeader = new(MachO, 3030);

    /// <summary>nfat_arch exceeds <see cref="ParseLimits.MaxFatSlices"/>.</summary>
    public static readonly DiagnosticCode FatTooManySlices = new(MachO, 3031);

    /// <summary>A slice (offset/size) lies outside the file or over the fat header.</summary>
    public static readonly DiagnosticCode FatSliceOutOfRange = new(MachO, 3032);

    /// <summary>Two slices overlap.</summary>
    public static readonly DiagnosticCode FatSlicesOverlap = new(MachO, 3033);

    /// <summary>A slice's own header names another CPU than its fat_arch entry.</summary>
    public static readonly DiagnosticCode FatSliceCpuMismatch = new(MachO, 3034);

    /// <summary>A slice repeats an earlier one (the same offset and size, or the same bytes); it is read once.</summary>
    public static readonly DiagnosticCode FatSliceRepeated = new(MachO, 3035);
}

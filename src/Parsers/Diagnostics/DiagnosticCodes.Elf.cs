namespace AbiPortal.Parsers.Diagnostics;

/// <summary>ELF reader codes (prefix <c>ELF</c>, 1000–1999). Numbers are grouped by structure: 10xx header, 11xx program headers, 12xx section headers, 13xx symbols and strings, 14xx dynamic, 15xx hash tables, 16xx versions, 17xx notes.</summary>
public static partial class DiagnosticCodes
{
    private const string Elf = "ELF";

    /// <summary>Fatal: the file is shorter than the ELF header (e_ident plus Elf32/Elf64_Ehdr).</summary>
    public static readonly DiagnosticCode ElfTruncatedHeader = new(Elf, 1001);

    /// <summary>Fatal: e_ident[EI_CLASS] is neither ELFCLASS32 nor ELFCLASS64.</summary>
    public static readonly DiagnosticCode ElfInvalidClass = new(Elf, 1002);

    /// <summary>Fatal: e_ident[EI_DATA] is neither ELFDATA2LSB nor ELFDATA2MSB.</summary>
    public static readonly DiagnosticCode ElfInvalidDataEncoding = new(Elf, 1003);

    /// <summary>e_ident[EI_VERSION] or e_version is not EV_CURRENT.</summary>
    public static readonly DiagnosticCode ElfInvalidVersion = new(Elf, 1004);

    /// <summary>e_machine is not one this reader names.</summary>
    public static readonly DiagnosticCode ElfUnknownMachine = new(Elf, 1005);

    /// <summary>e_type is not ET_REL, ET_EXEC, ET_DYN or ET_CORE.</summary>
    public static readonly DiagnosticCode ElfUnknownType = new(Elf, 1006);

    /// <summary>The program header table (e_phoff, e_phnum, e_phentsize) does not fit the file.</summary>
    public static readonly DiagnosticCode ElfInvalidProgramHeaderTable = new(Elf, 1101);

    /// <summary>A segment's file range (p_offset, p_filesz) lies outside the file.</summary>
    public static readonly DiagnosticCode ElfInvalidSegmentRange = new(Elf, 1102);

    /// <summary>PT_INTERP does not hold a NUL-terminated path.</summary>
    public static readonly DiagnosticCode ElfInvalidInterpreter = new(Elf, 1103);

    /// <summary>e_shentsize is not the size of Elf32/Elf64_Shdr.</summary>
    public static readonly DiagnosticCode ElfInvalidSectionHeaderEntrySize = new(Elf, 1201);

    /// <summary>e_shnum (or section 0's sh_size under extended numbering) is larger than the limit.</summary>
    public static readonly DiagnosticCode ElfTooManySections = new(Elf, 1202);

    /// <summary>The section header table (e_shoff × e_shnum) lies outside the file.</summary>
    public static readonly DiagnosticCode ElfInvalidSectionHeaderOffset = new(Elf, 1203);

    /// <summary>A section's file range (sh_offset, sh_size) lies outside the file.</summary>
    public static readonly DiagnosticCode ElfInvalidSectionRange = new(Elf, 1204);

    /// <summary>e_shstrndx does not name a string table section.</summary>
    public static readonly DiagnosticCode ElfInvalidSectionNameTable = new(Elf, 1205);

    /// <summary>A section name (sh_name) is outside .shstrtab or unterminated.</summary>
    public static readonly DiagnosticCode ElfInvalidSectionName = new(Elf, 1206);

    /// <summary>A symbol table's size or sh_entsize is inconsistent, or it lies outside the file.</summary>
    public static readonly DiagnosticCode ElfInvalidSymbolTable = new(Elf, 1301);

    /// <summary>A symbol table's string table (sh_link or DT_STRTAB/DT_STRSZ) is missing or outside the file.</summary>
    public static readonly DiagnosticCode ElfInvalidStringTable = new(Elf, 1302);

    /// <summary>A name offset is outside its string table, or the string is unterminated or longer than the limit.</summary>
    public static readonly DiagnosticCode ElfInvalidStringOffset = new(Elf, 1303);

    /// <summary>A symbol's st_shndx names no section (or SHN_XINDEX without a valid SHT_SYMTAB_SHNDX entry).</summary>
    public static readonly DiagnosticCode ElfInvalidSymbolSectionIndex = new(Elf, 1304);

    /// <summary>A symbol table holds more symbols than <see cref="ParseLimits.MaxSymbols"/>.</summary>
    public static readonly DiagnosticCode ElfTooManySymbols = new(Elf, 1305);

    /// <summary>The dynamic table (PT_DYNAMIC / SHT_DYNAMIC) is outside the file or lacks DT_NULL.</summary>
    public static readonly DiagnosticCode ElfInvalidDynamicTable = new(Elf, 1401);

    /// <summary>A dynamic entry's address is not inside any PT_LOAD segment's file image.</summary>
    public static readonly DiagnosticCode ElfUnmappedDynamicAddress = new(Elf, 1402);

    /// <summary>Info: section headers are absent or .dynsym is unusable; dynamic symbols were found through PT_DYNAMIC as the loader does.</summary>
    public static readonly DiagnosticCode ElfDynamicFallback = new(Elf, 1403);

    /// <summary>DT_SYMTAB is present but neither DT_GNU_HASH nor DT_HASH gives the symbol count.</summary>
    public static readonly DiagnosticCode ElfMissingSymbolCount = new(Elf, 1404);

    /// <summary>A DT_HASH or DT_GNU_HASH table is outside the file or inconsistent.</summary>
    public static readonly DiagnosticCode ElfInvalidHashTable = new(Elf, 1501);

    /// <summary>A hash chain loops, runs past the symbol table, or exceeds <see cref="ParseLimits.MaxHashChainSteps"/>.</summary>
    public static readonly DiagnosticCode ElfInvalidHashChain = new(Elf, 1502);

    /// <summary>.gnu.version does not match the dynamic symbol table (size or entry size).</summary>
    public static readonly DiagnosticCode ElfInvalidVersionSymbolTable = new(Elf, 1601);

    /// <summary>A .gnu.version_d entry (Verdef/Verdaux) is outside the section or malformed.</summary>
    public static readonly DiagnosticCode ElfInvalidVersionDefinition = new(Elf, 1602);

    /// <summary>A .gnu.version_r entry (Verneed/Vernaux) is outside the section or malformed.</summary>
    public static readonly DiagnosticCode ElfInvalidVersionNeed = new(Elf, 1603);

    /// <summary>A symbol's .gnu.version index names no version definition or need.</summary>
    public static readonly DiagnosticCode ElfVersionIndexOutOfRange = new(Elf, 1604);

    /// <summary>A note (SHT_NOTE / PT_NOTE) entry runs past its section or segment.</summary>
    public static readonly DiagnosticCode ElfInvalidNote = new(Elf, 1701);
}

namespace AbiPortal.Parsers.Diagnostics;

/// <summary>
/// DWARF reader codes (prefix <c>DWARF</c>, 5000–5999), grouped by structure: 50xx debug sections
/// (compression, relocation), 51xx units, abbreviations and DIEs, 52xx line tables, 53xx separate
/// and supplementary debug files, 54xx caps (<see cref="ParseLimits"/>), 55xx the ABI surface.
/// </summary>
public static partial class DiagnosticCodes
{
    private const string Dwarf = "DWARF";

    /// <summary>A debug section's file range lies outside the file.</summary>
    public static readonly DiagnosticCode DwarfSectionOutOfRange = new(Dwarf, 5001);

    /// <summary>A compressed section's header (Elf32/64_Chdr or the <c>.zdebug</c> "ZLIB" header) is truncated or names an unknown algorithm.</summary>
    public static readonly DiagnosticCode DwarfBadCompressionHeader = new(Dwarf, 5002);

    /// <summary>A compressed section's data is corrupt or does not inflate to the size its header states.</summary>
    public static readonly DiagnosticCode DwarfDecompressionFailed = new(Dwarf, 5003);

    /// <summary>A compressed section would inflate past <see cref="ParseLimits.MaxDebugSectionBytes"/> or <see cref="ParseLimits.MaxCompressionRatio"/>; it was not read.</summary>
    public static readonly DiagnosticCode DwarfDecompressionLimit = new(Dwarf, 5004);

    /// <summary>A relocation of a debug section (<c>.rela.debug_*</c>) is malformed, of a type this reader does not apply, or points outside its section.</summary>
    public static readonly DiagnosticCode DwarfBadRelocation = new(Dwarf, 5005);

    /// <summary>A unit header is truncated, its length runs past the section, or its fields are invalid.</summary>
    public static readonly DiagnosticCode DwarfBadUnitHeader = new(Dwarf, 5101);

    /// <summary>Info: a unit of a DWARF version this reader does not read (not 2 to 5) or of a kind it skips (split units); it was skipped.</summary>
    public static readonly DiagnosticCode DwarfUnsupportedUnit = new(Dwarf, 5102);

    /// <summary>An abbreviation table is malformed or outside <c>.debug_abbrev</c>.</summary>
    public static readonly DiagnosticCode DwarfBadAbbreviation = new(Dwarf, 5103);

    /// <summary>A DIE uses an abbreviation code its unit's table does not define; the rest of the unit was skipped.</summary>
    public static readonly DiagnosticCode DwarfUnknownAbbreviationCode = new(Dwarf, 5104);

    /// <summary>An attribute has a form this reader does not know, so the rest of its unit cannot be found; the rest was skipped.</summary>
    public static readonly DiagnosticCode DwarfUnknownForm = new(Dwarf, 5105);

    /// <summary>An attribute value runs past its unit or section.</summary>
    public static readonly DiagnosticCode DwarfTruncatedAttribute = new(Dwarf, 5106);

    /// <summary>A DIE reference points outside its unit or section, at no DIE, or at a type unit signature that no unit defines.</summary>
    public static readonly DiagnosticCode DwarfBadReference = new(Dwarf, 5107);

    /// <summary>A string or address index or offset (strp, strx, line_strp, addrx) lies outside its section or the string is unterminated.</summary>
    public static readonly DiagnosticCode DwarfBadString = new(Dwarf, 5108);

    /// <summary>A line table header (<c>.debug_line</c>) is malformed; declaring files of its unit are unknown.</summary>
    public static readonly DiagnosticCode DwarfBadLineTable = new(Dwarf, 5201);

    /// <summary>Info: the binary names a separate debug file (build id or <c>.gnu_debuglink</c>) that was not found.</summary>
    public static readonly DiagnosticCode DwarfDebugFileNotFound = new(Dwarf, 5301);

    /// <summary>A separate debug file's build id (or Mach-O UUID) differs from the binary's; it was not used.</summary>
    public static readonly DiagnosticCode DwarfDebugFileMismatch = new(Dwarf, 5302);

    /// <summary>A file found through <c>.gnu_debuglink</c> has another CRC-32 than the link states; it was not used.</summary>
    public static readonly DiagnosticCode DwarfDebugLinkCrcMismatch = new(Dwarf, 5303);

    /// <summary>The DWZ supplementary file (<c>.gnu_debugaltlink</c> / <c>.debug_sup</c>) was not found or does not match; references into it stay unresolved.</summary>
    public static readonly DiagnosticCode DwarfSupplementaryFileMissing = new(Dwarf, 5304);

    /// <summary>A separate debug file could not be read as ELF or Mach-O, or carries no debug info.</summary>
    public static readonly DiagnosticCode DwarfBadDebugFile = new(Dwarf, 5305);

    /// <summary>More DIEs were read than <see cref="ParseLimits.MaxDwarfDies"/> allows; the surface is partial.</summary>
    public static readonly DiagnosticCode DwarfDieLimit = new(Dwarf, 5401);

    /// <summary>DIEs nest deeper than <see cref="ParseLimits.MaxDwarfDepth"/> (tree or type chain); the deeper part was skipped.</summary>
    public static readonly DiagnosticCode DwarfDepthLimit = new(Dwarf, 5402);

    /// <summary>More types are reachable than <see cref="ParseLimits.MaxDwarfTypes"/>; the surface is partial.</summary>
    public static readonly DiagnosticCode DwarfTypeLimit = new(Dwarf, 5403);

    /// <summary>Reading the debug info took longer than <see cref="ParseLimits.MaxDwarfTime"/>; the surface is partial.</summary>
    public static readonly DiagnosticCode DwarfTimeLimit = new(Dwarf, 5404);

    /// <summary>A type DIE has an unexpected tag or shape (a type reference to a non-type); it is shown as an unknown type.</summary>
    public static readonly DiagnosticCode DwarfBadType = new(Dwarf, 5501);
}

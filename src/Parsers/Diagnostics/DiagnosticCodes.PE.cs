namespace AbiPortal.Parsers.Diagnostics;

/// <summary>PE/COFF codes (prefix <c>PE</c>, numbers 2000–2999). Numbers are never reused.</summary>
public static partial class DiagnosticCodes
{
    private const string PE = "PE";

    /// <summary>The DOS header is truncated or <c>e_magic</c> is not <c>MZ</c>.</summary>
    public static readonly DiagnosticCode PEInvalidDosHeader = new(PE, 2001);

    /// <summary><c>e_lfanew</c> points outside the file or not at a <c>PE\0\0</c> signature.</summary>
    public static readonly DiagnosticCode PEInvalidSignature = new(PE, 2002);

    /// <summary>The COFF file header (IMAGE_FILE_HEADER) is truncated.</summary>
    public static readonly DiagnosticCode PETruncatedFileHeader = new(PE, 2003);

    /// <summary>The optional header is truncated, too small, or its magic is neither PE32 (0x10B) nor PE32+ (0x20B).</summary>
    public static readonly DiagnosticCode PEInvalidOptionalHeader = new(PE, 2004);

    /// <summary>The section table does not fit the file or exceeds <see cref="ParseLimits.MaxSections"/>.</summary>
    public static readonly DiagnosticCode PEInvalidSectionTable = new(PE, 2005);

    /// <summary>A data directory RVA does not map into any section's raw data.</summary>
    public static readonly DiagnosticCode PEUnmappedRva = new(PE, 2006);

    /// <summary>The export directory is truncated or its tables do not fit.</summary>
    public static readonly DiagnosticCode PEInvalidExportDirectory = new(PE, 2007);

    /// <summary>An export or import name is unmapped, unterminated or too long.</summary>
    public static readonly DiagnosticCode PEInvalidName = new(PE, 2008);

    /// <summary>An export name ordinal indexes past the export address table.</summary>
    public static readonly DiagnosticCode PEInvalidNameOrdinal = new(PE, 2009);

    /// <summary>An import or delay-import descriptor table is truncated or unterminated.</summary>
    public static readonly DiagnosticCode PEInvalidImportDirectory = new(PE, 2010);

    /// <summary>An import lookup table is truncated or unterminated.</summary>
    public static readonly DiagnosticCode PEInvalidImportLookupTable = new(PE, 2011);

    /// <summary>The debug directory is truncated or a CodeView record is malformed.</summary>
    public static readonly DiagnosticCode PEInvalidDebugDirectory = new(PE, 2012);

    /// <summary>The resource directory or the version resource is malformed.</summary>
    public static readonly DiagnosticCode PEInvalidResource = new(PE, 2013);

    /// <summary>
    /// Import descriptors point into lookup tables another descriptor already read: each thunk is
    /// read once, so their imports are not repeated (a hostile file multiplies one table this way).
    /// </summary>
    public static readonly DiagnosticCode PESharedImportLookupTable = new(PE, 2014);

    /// <summary>The COFF symbol table or string table does not fit the file.</summary>
    public static readonly DiagnosticCode CoffInvalidSymbolTable = new(PE, 2020);

    /// <summary>A COFF section's raw data lies outside the file.</summary>
    public static readonly DiagnosticCode CoffInvalidSection = new(PE, 2021);

    /// <summary>A COFF object header (regular or /bigobj ANON_OBJECT_HEADER_BIGOBJ) is truncated.</summary>
    public static readonly DiagnosticCode CoffTruncatedHeader = new(PE, 2022);

    /// <summary>A <c>.drectve</c> directive could not be understood.</summary>
    public static readonly DiagnosticCode CoffInvalidDirective = new(PE, 2023);

    /// <summary>A COFF weak external has no auxiliary record, or its TagIndex names no symbol of the table.</summary>
    public static readonly DiagnosticCode CoffInvalidWeakExternal = new(PE, 2024);

    /// <summary>A COFF weak external is an ARM64EC anti-dependency: a constraint, not a definition, so it stays an import.</summary>
    public static readonly DiagnosticCode CoffWeakAntiDependency = new(PE, 2025);

    /// <summary>A short import member (IMPORT_OBJECT_HEADER) is truncated or its strings are missing.</summary>
    public static readonly DiagnosticCode CoffImportInvalidHeader = new(PE, 2030);

    /// <summary>A short import member has an unknown type or name type.</summary>
    public static readonly DiagnosticCode CoffImportUnknownType = new(PE, 2031);
}

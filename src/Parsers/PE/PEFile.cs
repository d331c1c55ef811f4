using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// A PE image (PE32 or PE32+, DLL or EXE) read and validated as a whole: headers, sections,
/// exports, imports, delay-load imports, the CodeView record and the version resource.
/// Immutable once read. Header problems are fatal (<see cref="BinaryFormatException"/>); bad
/// tables become <see cref="Diagnostics"/> and reading goes on with what is sound.
/// </summary>
public sealed partial class PEFile
{
    private const uint PESignature = 0x00004550; // "PE\0\0"
    private const ushort DosMagic = 0x5A4D;      // "MZ"

    private readonly ReadOnlyMemory<byte> _data;
    private readonly ParseLimits _limits;
    private readonly ParseBudget _budget;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<uint, string?> _strings = [];

    /// <summary>Thunks left to read across all import tables (see <see cref="ParseLimits.MaxSymbols"/>).</summary>
    private int _thunkBudget;

    private PEFile(ReadOnlyMemory<byte> data, ParseBudget budget)
    {
        _data = data;
        _budget = budget;
        _limits = budget.Limits;
        _diagnostics = new DiagnosticBag(budget);
        _thunkBudget = _limits.MaxSymbols;
        var reader = new ByteReader(data.Span);

        // IMAGE_DOS_HEADER: only e_magic and e_lfanew (at 0x3C) matter to a modern loader.
        if (!reader.TryReadUInt16(0, out ushort magic) || magic != DosMagic || !reader.TryReadUInt32(0x3C, out uint lfanew))
        {
            throw new BinaryFormatException(DiagnosticCodes.PEInvalidDosHeader, 0, "The DOS header is truncated or does not start with MZ.");
        }

        if (!reader.TryReadUInt32(lfanew, out uint signature) || signature != PESignature)
        {
            throw new BinaryFormatException(DiagnosticCodes.PEInvalidSignature, 0x3C, $"e_lfanew (0x{lfanew:x}) does not point at a PE signature.");
        }

        ulong fileHeaderAt = (ulong)lfanew + 4;
        if (!ImageFileHeader.TryRead(reader, fileHeaderAt, out var fileHeader))
        {
            throw new BinaryFormatException(DiagnosticCodes.PETruncatedFileHeader, (long)fileHeaderAt, "The COFF file header is truncated.");
        }

        FileHeader = fileHeader;
        ulong optionalAt = fileHeaderAt + ImageFileHeader.Size;
        OptionalHeader = ImageOptionalHeader.TryRead(reader, optionalAt, fileHeader.SizeOfOptionalHeader)
            ?? throw new BinaryFormatException(DiagnosticCodes.PEInvalidOptionalHeader, (long)optionalAt, "The optional header is truncated or its magic is neither PE32 nor PE32+.");

        Sections = ReadSections(reader, optionalAt + fileHeader.SizeOfOptionalHeader, fileHeader.NumberOfSections);
        Exports = ReadExports();
        Imports = [.. ReadImports(), .. ReadDelayImports()];
        ReportSharedTables();
        CodeView = ReadCodeView();
        HasHybridMetadata = ReadHybridMetadata();
        (FileVersion, ProductVersion) = ReadVersionResource();
        Diagnostics = _diagnostics.ToList();
    }

    internal ImageFileHeader FileHeader { get; }

    internal ImageOptionalHeader OptionalHeader { get; }

    /// <summary>IMAGE_FILE_HEADER.Machine.</summary>
    public ushort Machine => FileHeader.Machine;

    /// <summary>True for PE32+ (64-bit) images.</summary>
    public bool Is64 => OptionalHeader.Is64;

    /// <summary>True when IMAGE_FILE_DLL is set.</summary>
    public bool IsDll => (FileHeader.Characteristics & ImageFileHeader.ImageFileDll) != 0;

    /// <summary>IMAGE_FILE_HEADER.TimeDateStamp (a hash with /Brepro).</summary>
    public uint TimeDateStamp => FileHeader.TimeDateStamp;

    /// <summary>IMAGE_FILE_HEADER.Characteristics.</summary>
    public ushort Characteristics => FileHeader.Characteristics;

    /// <summary>Optional header DllCharacteristics.</summary>
    public ushort DllCharacteristics => OptionalHeader.DllCharacteristics;

    /// <summary>Optional header Subsystem (IMAGE_SUBSYSTEM_*).</summary>
    public ushort Subsystem => OptionalHeader.Subsystem;

    /// <summary>Optional header AddressOfEntryPoint (an RVA; 0 for DLLs without one).</summary>
    public uint AddressOfEntryPoint => OptionalHeader.AddressOfEntryPoint;

    /// <summary>Optional header ImageBase.</summary>
    public ulong ImageBase => OptionalHeader.ImageBase;

    /// <summary>True when the image has a CLR runtime header (a .NET assembly).</summary>
    public bool IsManaged => !OptionalHeader.Directory(ImageDataDirectory.ClrRuntime).IsEmpty;

    /// <summary>The section table.</summary>
    public IReadOnlyList<PESection> Sections { get; }

    /// <summary>The export directory, or null when the image exports nothing.</summary>
    public PEExportTable? Exports { get; }

    /// <summary>Import descriptors, then delay-load descriptors, in table order.</summary>
    public IReadOnlyList<PEImportedLibrary> Imports { get; }

    /// <summary>The first CodeView RSDS debug record, or null.</summary>
    public PECodeViewInfo? CodeView { get; }

    /// <summary>VS_FIXEDFILEINFO file version (<c>a.b.c.d</c>), or null without a version resource.</summary>
    public string? FileVersion { get; }

    /// <summary>The StringFileInfo ProductVersion text, else VS_FIXEDFILEINFO's (<c>a.b.c.d</c>); null without a version resource.</summary>
    public string? ProductVersion { get; }

    /// <summary>Problems found in tables; reading went on past each of them.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Reads an image; throws <see cref="BinaryFormatException"/> when its headers are unusable.</summary>
    public static PEFile Read(ReadOnlyMemory<byte> data, ParseLimits? limits = null) => new(data, ParseBudget.For(limits, data.Length));

    /// <summary>Reads an image on the budget of the file it belongs to.</summary>
    internal static PEFile Read(ReadOnlyMemory<byte> data, ParseBudget budget) => new(data, budget);

    /// <summary>Reads an image; returns false with the fatal diagnostic when its headers are unusable.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> data, out PEFile? file, out Diagnostic? error, ParseLimits? limits = null)
        => BinaryFormatException.TryRead(data, limits, Read, out file, out error);

    private IReadOnlyList<PESection> ReadSections(ByteReader reader, ulong offset, ushort count)
    {
        if (count > _limits.MaxSections || !reader.IsValidTable(offset, count, ImageSectionHeader.Size))
        {
            throw new BinaryFormatException(DiagnosticCodes.PEInvalidSectionTable, (long)offset, $"The section table ({count} headers) does not fit the file.");
        }

        var sections = new PESection[count];
        for (int i = 0; i < count; i++)
        {
            ImageSectionHeader.TryRead(reader, offset + ((ulong)i * ImageSectionHeader.Size), out var h, out _);
            sections[i] = new PESection(h.Name, h.VirtualAddress, h.VirtualSize, h.PointerToRawData, h.SizeOfRawData, h.Characteristics);
        }

        return sections;
    }
}

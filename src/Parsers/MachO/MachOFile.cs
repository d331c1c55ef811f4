using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.MachO;

/// <summary>
/// A thin Mach-O image or object (mach-o/loader.h), read and validated in one pass: header,
/// load commands, symbol table and export trie. Immutable once read. Problems that leave the
/// header readable become <see cref="Diagnostics"/>; a bad magic or truncated header throws
/// <see cref="BinaryFormatException"/> from <see cref="Read(ReadOnlySpan{byte}, ParseLimits?)"/>.
/// </summary>
public sealed partial class MachOFile
{
    private readonly List<Section> _sections = [];
    private readonly List<DylibCommand> _dylibs = [];
    private readonly List<string> _rpaths = [];
    private readonly List<NList> _symbols = [];
    private readonly DiagnosticBag _diagnostics;
    private readonly ParseLimits _limits;
    private readonly ParseBudget _budget;
    private IntervalIndex? _sectionIndex;

    private MachOFile(MachHeader header, bool bigEndian, ParseBudget budget)
    {
        Header = header;
        IsBigEndian = bigEndian;
        _budget = budget;
        _limits = budget.Limits;
        _diagnostics = new DiagnosticBag(budget);
    }

    /// <summary>mach_header.cputype.</summary>
    public int CpuType => Header.cputype;

    /// <summary>mach_header.cpusubtype.</summary>
    public int CpuSubtype => Header.cpusubtype;

    /// <summary>mach_header.filetype (MH_OBJECT, MH_EXECUTE, MH_DYLIB, MH_BUNDLE...).</summary>
    public uint FileType => Header.filetype;

    /// <summary>mach_header flags (MH_PIE, MH_TWOLEVEL, ...).</summary>
    public uint Flags => Header.flags;

    /// <summary>True for MH_MAGIC_64 images.</summary>
    public bool Is64 => Header.Is64;

    /// <summary>True when the header was byte-swapped (MH_CIGAM / MH_CIGAM_64 read on a little-endian host: old PowerPC files).</summary>
    public bool IsBigEndian { get; }

    /// <summary>The arch name as lipo spells it (<c>x86_64</c>, <c>arm64e</c>, <c>armv7s</c>...).</summary>
    public string ArchName => MachOArchitecture.Name(Header.cputype, Header.cpusubtype);

    /// <summary>The LC_ID_DYLIB install name, or null for images that are not dylibs.</summary>
    public string? InstallName => IdDylib?.name;

    /// <summary>Problems found while reading; none of them is fatal.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.ToList();

    internal MachHeader Header { get; }

    internal IReadOnlyList<Section> Sections => _sections;

    /// <summary>The dependent-library commands in load order: two-level ordinal N is entry N-1.</summary>
    internal IReadOnlyList<DylibCommand> Dylibs => _dylibs;

    internal DylibCommand? IdDylib { get; private set; }

    internal IReadOnlyList<string> RPaths => _rpaths;

    internal string? Uuid { get; private set; }

    internal BuildVersionCommand? BuildVersion { get; private set; }

    internal EntryPointCommand? EntryPoint { get; private set; }

    /// <summary>vmaddr of __TEXT: trie addresses are offsets from it (the mach header's load address).</summary>
    internal ulong TextVmAddr { get; private set; }

    internal SymtabCommand? Symtab { get; private set; }

    internal DysymtabCommand? Dysymtab { get; private set; }

    internal IReadOnlyList<NList> Symbols => _symbols;

    /// <summary>The export trie's terminals, or null when the image has no trie.</summary>
    internal IReadOnlyList<MachOExportEntry>? TrieExports { get; private set; }

    /// <summary>Reads a Mach-O file; throws <see cref="BinaryFormatException"/> when the header is unreadable.</summary>
    public static MachOFile Read(ReadOnlySpan<byte> data, ParseLimits? limits = null) => Read(data, ParseBudget.For(limits, data.Length));

    /// <summary>Reads a thin Mach-O on the budget of the file it belongs to.</summary>
    internal static MachOFile Read(ReadOnlySpan<byte> data, ParseBudget budget)
    {
        var reader = OpenHeader(data, out var header);
        var file = new MachOFile(header, reader.BigEndian, budget);
        file.ReadLoadCommands(reader);
        file.ReadSymbols(reader);
        return file;
    }

    /// <summary>Reads a Mach-O file, returning the fatal diagnostic instead of throwing.</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, out MachOFile? file, out Diagnostic? error, ParseLimits? limits = null)
        => BinaryFormatException.TryRead(data, limits, Read, out file, out error);

    /// <summary>Chooses the byte order from the magic and reads mach_header(_64).</summary>
    private static ByteReader OpenHeader(ReadOnlySpan<byte> data, out MachHeader header)
    {
        var reader = new ByteReader(data);
        if (!reader.TryReadUInt32(0, out uint magic))
        {
            throw new BinaryFormatException(DiagnosticCodes.MachOTruncatedHeader, 0, "File too short for a Mach-O magic.");
        }

        if (!MachHeader.TryDecodeMagic(magic, out bool bigEndian, out bool is64))
        {
            throw new BinaryFormatException(DiagnosticCodes.MachOBadMagic, 0, $"Not a Mach-O magic: 0x{magic:x8}.");
        }

        reader = reader.WithEndianness(bigEndian);
        if (!MachHeader.TryRead(reader, is64, out header))
        {
            throw new BinaryFormatException(DiagnosticCodes.MachOTruncatedHeader, 0, "File too short for its mach_header.");
        }

        return reader;
    }

    /// <summary>The section with 1-based index <paramref name="nsect"/> (nlist.n_sect), or null.</summary>
    internal Section? SectionByIndex(int nsect) => nsect >= 1 && nsect <= _sections.Count ? _sections[nsect - 1] : null;

    /// <summary>The section holding a virtual address, or null.</summary>
    internal Section? SectionAt(ulong address)
    {
        // Looked up once per export: an index, not a scan of every section each time.
        _sectionIndex ??= new IntervalIndex(_sections.Select(s => (s.addr, s.size)).ToArray());
        int index = _sectionIndex.Find(address);
        return index < 0 ? null : _sections[index];
    }
}

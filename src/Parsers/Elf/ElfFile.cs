using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>
/// A validated view of one ELF file (System V gABI, chapters 4 and 5, plus the GNU symbol
/// versioning and hash extensions): header, sections, segments, the dynamic table, dynamic and
/// static symbols with names, version definitions and needs, notes. Everything is read once,
/// eagerly, and every table is checked against the file before it is walked; bad tables become
/// <see cref="Diagnostics"/> and the rest of the file is still read. Immutable once built.
/// </summary>
public sealed partial class ElfFile
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly ParseLimits _limits;
    private readonly ParseBudget _budget;
    private readonly DiagnosticBag _diagnostics;

    private ElfFile(ReadOnlyMemory<byte> data, ElfHeader header, ParseBudget budget)
    {
        _data = data;
        _budget = budget;
        _limits = budget.Limits;
        _diagnostics = new DiagnosticBag(budget);
        Header = header;
        CheckHeader();
        ReadSegments();
        ReadSections();
        ReadInterpreter();
        ReadDynamicTable();
        ReadDynamicSymbols();
        ReadStaticSymbols();
        ReadVersions();
        ReadNotes();
        Diagnostics = _diagnostics.ToList();
    }

    /// <summary>The file header.</summary>
    public ElfHeader Header { get; }

    /// <summary>Problems found while reading, in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Reads an ELF file; throws <see cref="BinaryFormatException"/> when the identification or
    /// header cannot be read at all. Problems in tables are reported in <see cref="Diagnostics"/>.
    /// </summary>
    public static ElfFile Read(ReadOnlyMemory<byte> data, ParseLimits? limits = null) => Read(data, ParseBudget.For(limits, data.Length));

    /// <summary>Reads an ELF file on the budget of the file it belongs to (an archive member draws on its archive's).</summary>
    internal static ElfFile Read(ReadOnlyMemory<byte> data, ParseBudget budget)
    {
        var header = ReadHeader(data.Span);
        return new ElfFile(data, header, budget);
    }

    /// <summary>Like <see cref="Read(ReadOnlyMemory{byte}, ParseLimits?)"/>, but returns the fatal diagnostic instead of throwing.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> data, out ElfFile? file, out Diagnostic? fatal, ParseLimits? limits = null)
        => BinaryFormatException.TryRead(data, limits, Read, out file, out fatal);

    private ByteReader Reader => new(_data.Span, Header.IsBigEndian);

    private static ElfHeader ReadHeader(ReadOnlySpan<byte> span)
    {
        var r = new ByteReader(span);
        if (span.Length < ElfConstants.EI_NIDENT || !span.StartsWith("\u007fELF"u8))
        {
            throw new BinaryFormatException(DiagnosticCodes.ElfTruncatedHeader, 0, "The file is shorter than the ELF identification or lacks the ELF magic.");
        }

        r.TryReadUInt8(ElfConstants.EI_CLASS, out byte elfClass);
        r.TryReadUInt8(ElfConstants.EI_DATA, out byte data);
        if (elfClass is not (ElfConstants.ELFCLASS32 or ElfConstants.ELFCLASS64))
        {
            throw new BinaryFormatException(DiagnosticCodes.ElfInvalidClass, ElfConstants.EI_CLASS, $"EI_CLASS is {elfClass}, neither ELFCLASS32 nor ELFCLASS64.");
        }

        if (data is not (ElfConstants.ELFDATA2LSB or ElfConstants.ELFDATA2MSB))
        {
            throw new BinaryFormatException(DiagnosticCodes.ElfInvalidDataEncoding, ElfConstants.EI_DATA, $"EI_DATA is {data}, neither ELFDATA2LSB nor ELFDATA2MSB.");
        }

        int size = elfClass == ElfConstants.ELFCLASS64 ? ElfHeader.Size64 : ElfHeader.Size32;
        if (span.Length < size)
        {
            throw new BinaryFormatException(DiagnosticCodes.ElfTruncatedHeader, span.Length, $"The file has {span.Length} bytes; the ELF header needs {size}.");
        }

        return ElfHeader.Read(r.WithEndianness(data == ElfConstants.ELFDATA2MSB), elfClass, data);
    }

    private void CheckHeader()
    {
        Reader.TryReadUInt8(ElfConstants.EI_VERSION, out byte identVersion);
        if (identVersion != ElfConstants.EV_CURRENT || Header.Version != ElfConstants.EV_CURRENT)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidVersion, ElfConstants.EI_VERSION, $"EI_VERSION {identVersion} / e_version {Header.Version} is not EV_CURRENT.");
        }

        if (ElfMachines.Find(Header.Machine) is null)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfUnknownMachine, 18, $"e_machine {Header.Machine} is not a machine this reader names.");
        }

        if (Header.Type is not (ElfConstants.ET_REL or ElfConstants.ET_EXEC or ElfConstants.ET_DYN or ElfConstants.ET_CORE))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfUnknownType, 16, $"e_type 0x{Header.Type:x} is not ET_REL, ET_EXEC, ET_DYN or ET_CORE.");
        }
    }

    /// <summary>Reads a NUL-terminated name at <paramref name="nameOffset"/> inside a string table; reports and returns empty when it is invalid.</summary>
    private string ReadString(StringTable table, uint nameOffset, long diagnosticOffset)
    {
        if (TryReadTableString(table, nameOffset, out string value))
        {
            return value;
        }

        _diagnostics.Warning(DiagnosticCodes.ElfInvalidStringOffset, diagnosticOffset, $"Name offset {nameOffset} is outside the string table (size {table.Size}) or the string is unterminated or longer than {_limits.MaxStringLength} bytes.");
        return string.Empty;
    }

    /// <summary>
    /// The string at <paramref name="nameOffset"/> of a string table; offset 0 is the empty name
    /// (gABI: a string table's first byte is NUL). False when the offset lies outside the table
    /// or the string is unterminated or longer than <see cref="ParseLimits.MaxStringLength"/>;
    /// the caller reports that under its own code.
    /// </summary>
    private bool TryReadTableString(StringTable table, uint nameOffset, out string value)
    {
        value = string.Empty;
        if (nameOffset == 0)
        {
            return true;
        }

        if (nameOffset >= table.Size || !Reader.TrySubReader(table.Offset, table.Size, out var strings)
            || !strings.TryReadCString(nameOffset, _limits.MaxStringLength, out var bytes))
        {
            return false;
        }

        // Any number of entries may name the same long string: each copy comes out of the work
        // budget (the loops that read names reserve enough first, see ParseBudget.TryTakeEntry).
        _budget.TakeString(bytes.Length);
        value = TextDecoding.Utf8String(bytes);
        return true;
    }

    /// <summary>A string table's file range, already checked against the file.</summary>
    private readonly record struct StringTable(ulong Offset, ulong Size);
}

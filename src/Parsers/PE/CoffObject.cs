using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// A COFF object file (.obj), regular or /bigobj: its sections, its external symbols and the
/// exports its <c>.drectve</c> section asks the linker for. Immutable once read.
/// </summary>
public sealed partial class CoffObject
{
    private const int MaxDirectiveTokens = 1 << 16;

    private readonly DiagnosticBag _diagnostics;
    private readonly ParseLimits _limits;
    private readonly ParseBudget _budget;
    private readonly Dictionary<uint, string?> _strings = [];

    private CoffObject(ReadOnlyMemory<byte> data, ParseBudget budget)
    {
        _budget = budget;
        _limits = budget.Limits;
        _diagnostics = new DiagnosticBag(budget);
        var reader = new ByteReader(data.Span);
        ulong sectionsAt;
        uint sectionCount, symbolsAt, symbolCount;
        if (reader.TryReadUInt16(0, out ushort sig1) && reader.TryReadUInt16(2, out ushort sig2) && sig1 == 0 && sig2 == 0xFFFF)
        {
            if (!AnonObjectHeaderBigObj.TryRead(reader, out var big))
            {
                throw Fatal("The /bigobj header is truncated.");
            }

            IsBigObj = true;
            (Machine, TimeDateStamp) = (big.Machine, big.TimeDateStamp);
            (sectionsAt, sectionCount, symbolsAt, symbolCount) = (AnonObjectHeaderBigObj.Size, big.NumberOfSections, big.PointerToSymbolTable, big.NumberOfSymbols);
        }
        else
        {
            if (!ImageFileHeader.TryRead(reader, 0, out var header))
            {
                throw Fatal("The COFF file header is truncated.");
            }

            (Machine, TimeDateStamp) = (header.Machine, header.TimeDateStamp);
            (sectionsAt, sectionCount, symbolsAt, symbolCount) = ((ulong)ImageFileHeader.Size + header.SizeOfOptionalHeader, header.NumberOfSections, header.PointerToSymbolTable, header.NumberOfSymbols);
        }

        var strings = ReadStringTable(reader, symbolsAt, symbolCount);
        Sections = ReadSections(reader, sectionsAt, sectionCount, strings);
        Symbols = ReadSymbols(reader, symbolsAt, symbolCount, strings);
        DirectiveExports = ReadDirectives(reader);
        Diagnostics = _diagnostics.ToList();
    }

    /// <summary>IMAGE_FILE_HEADER.Machine (or the /bigobj header's).</summary>
    public ushort Machine { get; }

    /// <summary>TimeDateStamp from the header.</summary>
    public uint TimeDateStamp { get; }

    /// <summary>True for an ANON_OBJECT_HEADER_BIGOBJ object.</summary>
    public bool IsBigObj { get; }

    /// <summary>The section table.</summary>
    public IReadOnlyList<PESection> Sections { get; }

    /// <summary>External and weak-external symbols in table order.</summary>
    public IReadOnlyList<CoffSymbol> Symbols { get; }

    /// <summary>Exports requested by <c>/EXPORT:</c> (or <c>-export:</c>) directives.</summary>
    public IReadOnlyList<CoffDirectiveExport> DirectiveExports { get; }

    /// <summary>Problems found in tables; reading went on past each of them.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Reads an object; throws <see cref="BinaryFormatException"/> when its header is truncated.</summary>
    public static CoffObject Read(ReadOnlyMemory<byte> data, ParseLimits? limits = null) => new(data, ParseBudget.For(limits, data.Length));

    /// <summary>Reads an object on the budget of the file it belongs to (an archive member draws on its archive's).</summary>
    internal static CoffObject Read(ReadOnlyMemory<byte> data, ParseBudget budget) => new(data, budget);

    private static BinaryFormatException Fatal(string message)
        => new(DiagnosticCodes.CoffTruncatedHeader, 0, message);

    private IReadOnlyList<PESection> ReadSections(ByteReader reader, ulong offset, uint count, ReadOnlySpan<byte> strings)
    {
        if (count > _limits.MaxSections || !reader.IsValidTable(offset, count, ImageSectionHeader.Size))
        {
            _diagnostics.Error(DiagnosticCodes.PEInvalidSectionTable, (long)offset, $"The section table ({count} headers) does not fit the file.");
            return [];
        }

        var sections = new PESection[count];
        for (uint i = 0; i < count; i++)
        {
            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent((long)(offset + ((ulong)i * ImageSectionHeader.Size)), $"sections {i} to {count - 1} are");
                return sections[..(int)i];
            }

            ImageSectionHeader.TryRead(reader, offset + ((ulong)i * ImageSectionHeader.Size), out var h, out var rawName);
            string name = h.Name;
            // "/123": the real name is at offset 123 of the string table (objects only).
            if (rawName.Length > 1 && rawName[0] == (byte)'/' && uint.TryParse(name.AsSpan(1), out uint nameOffset))
            {
                name = StringAt(strings, nameOffset) ?? name;
            }

            if (h.SizeOfRawData > 0 && !reader.IsValidRange(h.PointerToRawData, h.SizeOfRawData))
            {
                _diagnostics.Warning(DiagnosticCodes.CoffInvalidSection, (long)(offset + ((ulong)i * ImageSectionHeader.Size)), $"Section {DiagnosticText.Short(name)}'s data lies outside the file.");
            }

            sections[i] = new PESection(name, h.VirtualAddress, h.VirtualSize, h.PointerToRawData, h.SizeOfRawData, h.Characteristics);
        }

        return sections;
    }
}

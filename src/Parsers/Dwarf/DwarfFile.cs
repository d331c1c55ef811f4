using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// The units of one file's debug info (the binary's, a separate debug file's, or a DWZ
/// supplementary file's): unit headers read and checked once, abbreviation tables parsed on first
/// use and shared between units, type units indexed by signature.
/// </summary>
internal sealed class DwarfFile
{
    private readonly Dictionary<(ulong Offset, DwarfEncoding Encoding), DwarfAbbreviationTable?> _abbreviations = [];
    private readonly DiagnosticBag _bag;
    private readonly List<DwarfAttributeSpec> _specScratch = [];

    public DwarfFile(DwarfSections sections, bool isSupplementary, DiagnosticBag bag)
    {
        Sections = sections;
        IsSupplementary = isSupplementary;
        _bag = bag;
        InfoUnits = ReadUnits(DwarfSection.Info);
        TypeUnits = ReadUnits(DwarfSection.Types);
    }

    public DwarfSections Sections { get; }

    /// <summary>True for the DWZ supplementary file (references into it use <see cref="DwarfRef"/>'s supplementary bit).</summary>
    public bool IsSupplementary { get; }

    /// <summary>Units of <c>.debug_info</c> in section order.</summary>
    public IReadOnlyList<DwarfUnit> InfoUnits { get; }

    /// <summary>Units of the DWARF 4 <c>.debug_types</c> section.</summary>
    public IReadOnlyList<DwarfUnit> TypeUnits { get; }

    public ReadOnlySpan<byte> Span(DwarfSection section) => Sections[section].Span;

    public ByteReader Reader(DwarfSection section) => new(Sections[section].Span, Sections.BigEndian);

    /// <summary>The unit whose DIEs include <paramref name="offset"/> in <paramref name="section"/>, or null.</summary>
    public DwarfUnit? UnitAt(DwarfSection section, ulong offset)
    {
        var units = section == DwarfSection.Types ? TypeUnits : InfoUnits;
        int lo = 0, hi = units.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var u = units[mid];
            if (offset < u.Offset)
            {
                hi = mid - 1;
            }
            else if (offset >= u.End)
            {
                lo = mid + 1;
            }
            else
            {
                return u.Contains(offset) ? u : null;
            }
        }

        return null;
    }

    /// <summary>The unit's abbreviation table, parsed once per (offset, encoding); null (reported) when malformed.</summary>
    public DwarfAbbreviationTable? Abbreviations(DwarfUnit unit)
    {
        if (unit.Abbreviations is { } cached)
        {
            return cached;
        }

        var key = (unit.AbbrevOffset, unit.Encoding);
        if (!_abbreviations.TryGetValue(key, out var table))
        {
            table = DwarfAbbreviationTable.Parse(Reader(DwarfSection.Abbrev), unit.AbbrevOffset, unit.Encoding, _specScratch, out string? error);
            if (table is null)
            {
                _bag.Warning(DiagnosticCodes.DwarfBadAbbreviation, (long)unit.Offset, $"Unit at 0x{unit.Offset:x}: {error}");
            }

            _abbreviations[key] = table;
        }

        unit.Abbreviations = table;
        return table;
    }

    private List<DwarfUnit> ReadUnits(DwarfSection section)
    {
        var units = new List<DwarfUnit>();
        var r = Reader(section);
        ulong length = (ulong)r.Length;
        ulong pos = 0;
        while (pos < length)
        {
            ulong start = pos;
            if (!r.TryReadUInt32(pos, out uint length32))
            {
                Bad(section, start, "the unit_length field is truncated");
                break;
            }

            pos += 4;
            byte offsetSize = 4;
            ulong unitLength = length32;
            if (length32 == 0xffffffff)
            {
                // 64-bit DWARF (7.4): the escape, then an 8-byte length.
                offsetSize = 8;
                if (!r.TryReadUInt64(pos, out unitLength))
                {
                    Bad(section, start, "the 64-bit unit_length is truncated");
                    break;
                }

                pos += 8;
            }
            else if (length32 >= 0xfffffff0)
            {
                Bad(section, start, $"unit_length 0x{length32:x} is a reserved value");
                break;
            }

            if (unitLength > length - pos)
            {
                Bad(section, start, $"unit_length 0x{unitLength:x} runs past the section (0x{length:x} bytes)");
                break;
            }

            ulong end = pos + unitLength;
            var unit = ReadHeader(r, section, start, pos, end, offsetSize);
            if (unit is not null)
            {
                units.Add(unit);
            }

            pos = end;
        }

        return units;
    }

    private DwarfUnit? ReadHeader(ByteReader r, DwarfSection section, ulong start, ulong pos, ulong end, byte offsetSize)
    {
        if (!r.TryReadUInt16(pos, out ushort version) || end - pos < 2)
        {
            Bad(section, start, "the version field is truncated", rest: false);
            return null;
        }

        if (version is < 2 or > 5)
        {
            _bag.Info(DiagnosticCodes.DwarfUnsupportedUnit, (long)start, $"{Name(section)} unit at 0x{start:x} has version {version}; only DWARF 2 to 5 are read.");
            return null;
        }

        pos += 2;
        byte unitType = section == DwarfSection.Types ? DwarfConstants.DW_UT_type : DwarfConstants.DW_UT_compile;
        byte addressSize;
        ulong abbrevOffset;
        bool ok;
        if (version >= 5)
        {
            ok = r.TryReadUInt8(pos, out unitType) & r.TryReadUInt8(pos + 1, out addressSize) & r.TryReadWord(pos + 2, offsetSize == 8, out abbrevOffset);
            pos += 2u + offsetSize;
        }
        else
        {
            ok = r.TryReadWord(pos, offsetSize == 8, out abbrevOffset) & r.TryReadUInt8(pos + offsetSize, out addressSize);
            pos += offsetSize + 1u;
        }

        ulong signature = 0, typeOffset = 0;
        if (ok && unitType is DwarfConstants.DW_UT_type or DwarfConstants.DW_UT_split_type)
        {
            ok = r.TryReadUInt64(pos, out signature) & r.TryReadWord(pos + 8, offsetSize == 8, out typeOffset);
            pos += 8u + offsetSize;
        }
        else if (ok && unitType is DwarfConstants.DW_UT_skeleton or DwarfConstants.DW_UT_split_compile)
        {
            // dwo_id: split units are skipped below, but the header is still checked.
            pos += 8;
        }

        if (!ok || pos > end)
        {
            Bad(section, start, "the header is longer than the unit", rest: false);
            return null;
        }

        if (addressSize is not (1 or 2 or 4 or 8))
        {
            Bad(section, start, $"address_size {addressSize} is not 1, 2, 4 or 8", rest: false);
            return null;
        }

        if (unitType is < DwarfConstants.DW_UT_compile or > DwarfConstants.DW_UT_split_type)
        {
            Bad(section, start, $"unit_type 0x{unitType:x} is unknown", rest: false);
            return null;
        }

        // type_offset is relative to the unit header; it must name a DIE inside the unit.
        if (typeOffset != 0 && (typeOffset > end - start || start + typeOffset < pos))
        {
            Bad(section, start, $"type_offset 0x{typeOffset:x} lies outside the unit", rest: false);
            return null;
        }

        return new DwarfUnit
        {
            File = this,
            Section = section,
            Offset = start,
            End = end,
            DieStart = pos,
            Encoding = new DwarfEncoding(version, addressSize, offsetSize),
            UnitType = unitType,
            AbbrevOffset = abbrevOffset,
            TypeSignature = signature,
            TypeOffset = typeOffset == 0 ? 0 : start + typeOffset,
            // DWARF 5 (7.26, 7.27): without DW_AT_*_base, the first contribution's entries follow its 8- or 16-byte header.
            StrOffsetsBase = offsetSize == 8 ? 16u : 8u,
            AddrBase = 8,
        };
    }

    private void Bad(DwarfSection section, ulong at, string message, bool rest = true)
        => _bag.Warning(DiagnosticCodes.DwarfBadUnitHeader, (long)Math.Min(at, long.MaxValue), $"{Name(section)} unit at 0x{at:x}: {message}; {(rest ? "the rest of the section was" : "the unit was")} skipped.");

    private static string Name(DwarfSection section) => section == DwarfSection.Types ? ".debug_types" : ".debug_info";
}

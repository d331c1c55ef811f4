using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Elf;

public sealed partial class ElfFile
{
    /// <summary>Section headers with names (empty when there is no usable section header table).</summary>
    public IReadOnlyList<ElfSectionHeader> Sections { get; private set; } = [];

    /// <summary>Program headers (empty for relocatable objects or an unusable table).</summary>
    public IReadOnlyList<ElfProgramHeader> Segments { get; private set; } = [];

    private void ReadSegments()
    {
        if (Header.PhNum == 0 && Header.PhOff == 0)
        {
            return;
        }

        int entrySize = Header.Is64 ? ElfProgramHeader.Size64 : ElfProgramHeader.Size32;
        var r = Reader;
        // e_phentsize smaller than the structure would make entries overlap; larger is allowed by the gABI (padding).
        if (Header.PhEntSize < entrySize || Header.PhNum > _limits.MaxSegments || !r.IsValidTable(Header.PhOff, Header.PhNum, Header.PhEntSize))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidProgramHeaderTable, (long)Math.Min(Header.PhOff, long.MaxValue), $"Program header table (e_phoff 0x{Header.PhOff:x}, e_phnum {Header.PhNum}, e_phentsize {Header.PhEntSize}) does not fit the file.");
            return;
        }

        var segments = new ElfProgramHeader[Header.PhNum];
        for (int i = 0; i < segments.Length; i++)
        {
            ulong at = Header.PhOff + ((ulong)i * Header.PhEntSize);
            segments[i] = ElfProgramHeader.Read(r, at, Header.Is64);
            if (segments[i].Type is ElfConstants.PT_LOAD or ElfConstants.PT_DYNAMIC or ElfConstants.PT_INTERP or ElfConstants.PT_NOTE
                && !r.IsValidRange(segments[i].Offset, segments[i].FileSize))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidSegmentRange, (long)at, $"Segment {i} (p_type {segments[i].Type}) file range 0x{segments[i].Offset:x}+0x{segments[i].FileSize:x} lies outside the file.");
            }
        }

        Segments = segments;
    }

    private void ReadSections()
    {
        if (Header.ShOff == 0)
        {
            return;
        }

        int entrySize = Header.Is64 ? ElfSectionHeader.Size64 : ElfSectionHeader.Size32;
        var r = Reader;
        if (Header.ShEntSize != entrySize)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidSectionHeaderEntrySize, Header.Is64 ? 58 : 46, $"e_shentsize is {Header.ShEntSize}; Elf{(Header.Is64 ? 64 : 32)}_Shdr is {entrySize} bytes.");
            return;
        }

        if (!r.IsValidTable(Header.ShOff, 1, (ulong)entrySize))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidSectionHeaderOffset, (long)Math.Min(Header.ShOff, long.MaxValue), $"e_shoff 0x{Header.ShOff:x} lies outside the file.");
            return;
        }

        // Extended section numbering (gABI 4 "Sections"): with e_shnum 0 the count is section 0's
        // sh_size, and with e_shstrndx SHN_XINDEX the name table index is section 0's sh_link.
        var first = ElfSectionHeader.Read(r, Header.ShOff, Header.Is64);
        ulong count = Header.ShNum == 0 ? first.Size : Header.ShNum;
        ulong nameIndex = Header.ShStrNdx == ElfConstants.SHN_XINDEX ? first.Link : Header.ShStrNdx;
        if (count > (ulong)_limits.MaxSections)
        {
            _diagnostics.Limit(DiagnosticCodes.ElfTooManySections, (long)Header.ShOff, $"{count} sections exceed the limit of {_limits.MaxSections}.", nameof(ParseLimits.MaxSections));
            return;
        }

        if (!r.IsValidTable(Header.ShOff, count, (ulong)entrySize))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidSectionHeaderOffset, (long)Header.ShOff, $"Section header table (e_shoff 0x{Header.ShOff:x}, {count} entries) does not fit the file.");
            return;
        }

        var sections = new ElfSectionHeader[count];
        for (ulong i = 0; i < count; i++)
        {
            ulong at = Header.ShOff + (i * (ulong)entrySize);
            sections[i] = ElfSectionHeader.Read(r, at, Header.Is64);
            if (sections[i].Type != ElfConstants.SHT_NOBITS && !r.IsValidRange(sections[i].Offset, sections[i].Size))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidSectionRange, (long)at, $"Section {i} file range 0x{sections[i].Offset:x}+0x{sections[i].Size:x} lies outside the file.");
            }
        }

        if (count > 0 && nameIndex != ElfConstants.SHN_UNDEF)
        {
            if (nameIndex >= count || sections[nameIndex].Type != ElfConstants.SHT_STRTAB || !r.IsValidRange(sections[nameIndex].Offset, sections[nameIndex].Size))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidSectionNameTable, Header.Is64 ? 62 : 50, $"e_shstrndx {nameIndex} does not name a string table inside the file.");
            }
            else
            {
                var names = new StringTable(sections[nameIndex].Offset, sections[nameIndex].Size);
                for (ulong i = 0; i < count; i++)
                {
                    // Every sh_name may name the same long string; past the budget, later sections stay unnamed.
                    if (!_budget.TryTakeEntry())
                    {
                        _diagnostics.WorkSpent((long)(Header.ShOff + (i * (ulong)entrySize)), $"the names of sections {i} to {count - 1} are");
                        break;
                    }

                    sections[i] = sections[i] with { Name = ReadSectionName(names, sections[i].NameOffset, (long)(Header.ShOff + (i * (ulong)entrySize))) };
                }
            }
        }

        Sections = sections;
    }

    private string ReadSectionName(StringTable names, uint nameOffset, long at)
    {
        if (TryReadTableString(names, nameOffset, out string name))
        {
            return name;
        }

        _diagnostics.Warning(DiagnosticCodes.ElfInvalidSectionName, at, $"sh_name {nameOffset} is outside .shstrtab or unterminated.");
        return string.Empty;
    }

    /// <summary>Whether a section's file range lies inside the file (SHT_NOBITS sections have none).</summary>
    private bool HasValidRange(ElfSectionHeader section)
        => section.Type != ElfConstants.SHT_NOBITS && Reader.IsValidRange(section.Offset, section.Size);

    /// <summary>
    /// Translates a virtual address to a file offset through the PT_LOAD segments, as the loader
    /// maps them; <paramref name="available"/> is how many file bytes the segment has from there.
    /// </summary>
    private bool TryMapAddress(ulong address, out ulong offset, out ulong available)
    {
        var r = Reader;
        foreach (var s in Segments)
        {
            // address - VAddr < FileSize avoids forming VAddr + FileSize, which may wrap.
            if (s.Type == ElfConstants.PT_LOAD && address >= s.VAddr && address - s.VAddr < s.FileSize && r.IsValidRange(s.Offset, s.FileSize))
            {
                ulong delta = address - s.VAddr;
                offset = s.Offset + delta;
                available = s.FileSize - delta;
                return true;
            }
        }

        offset = 0;
        available = 0;
        return false;
    }

    /// <summary>The index of the first section of <paramref name="type"/>, or -1.</summary>
    private int FindSection(uint type)
    {
        for (int i = 0; i < Sections.Count; i++)
        {
            if (Sections[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }
}

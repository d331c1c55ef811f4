using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Elf;

public sealed partial class ElfFile
{
    /// <summary>.gnu.version: one entry per dynamic symbol (index in the low 15 bits, VERSYM_HIDDEN in the top bit); empty when absent or invalid.</summary>
    public IReadOnlyList<ushort> VersionSymbols { get; private set; } = [];

    /// <summary>.gnu.version_d: the versions this file defines.</summary>
    public IReadOnlyList<ElfVersionDefinition> VersionDefinitions { get; private set; } = [];

    /// <summary>.gnu.version_r: the versions this file needs, per library.</summary>
    public IReadOnlyList<ElfVersionNeed> VersionNeeds { get; private set; } = [];

    private void ReadVersions()
    {
        if (_dynamicStrings is null && FindSection(ElfConstants.SHT_DYNSYM) is int dynsym && dynsym >= 0
            && Sections[dynsym].Link < Sections.Count && HasValidRange(Sections[(int)Sections[dynsym].Link]))
        {
            var s = Sections[(int)Sections[dynsym].Link];
            _dynamicStrings = new StringTable(s.Offset, s.Size);
        }

        if (DynamicSymbols.Count == 0 || _dynamicStrings is not { } strings)
        {
            return;
        }

        if (Locate(ElfConstants.SHT_GNU_versym, ElfConstants.DT_VERSYM, null, out ulong offset, out ulong size, out _))
        {
            ReadVersionSymbols(offset, size);
        }

        if (Locate(ElfConstants.SHT_GNU_verdef, ElfConstants.DT_VERDEF, ElfConstants.DT_VERDEFNUM, out offset, out size, out ulong count))
        {
            VersionDefinitions = ReadVersionDefinitions(offset, size, count, strings);
        }

        if (Locate(ElfConstants.SHT_GNU_verneed, ElfConstants.DT_VERNEED, ElfConstants.DT_VERNEEDNUM, out offset, out size, out count))
        {
            VersionNeeds = ReadVersionNeeds(offset, size, count, strings);
        }
    }

    /// <summary>Finds a versioning table by section type, or through its dynamic tag when the section headers are unusable.</summary>
    private bool Locate(uint sectionType, long tag, long? countTag, out ulong offset, out ulong size, out ulong count)
    {
        int index = FindSection(sectionType);
        if (index >= 0 && HasValidRange(Sections[index]))
        {
            (offset, size, count) = (Sections[index].Offset, Sections[index].Size, Sections[index].Info);
            return true;
        }

        count = countTag is { } t ? Last(t) ?? 0 : 0;
        if (index < 0 && Last(tag) is { } address && TryMapAddress(address, out offset, out size))
        {
            return true;
        }

        offset = size = 0;
        return false;
    }

    private void ReadVersionSymbols(ulong offset, ulong size)
    {
        var r = Reader;
        ulong count = (ulong)DynamicSymbols.Count;
        // The section must hold one Elfxx_Half per dynamic symbol; through DT_VERSYM the size is
        // what the segment has left, so only "at least" can be checked.
        if (!r.IsValidTable(offset, count, 2) || size / 2 < count)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidVersionSymbolTable, (long)Math.Min(offset, long.MaxValue), $".gnu.version (0x{size:x} bytes) is too small for {count} dynamic symbols.");
            return;
        }

        var versions = new ushort[count];
        for (ulong i = 0; i < count; i++)
        {
            r.TryReadUInt16(offset + (i * 2), out versions[i]);
        }

        VersionSymbols = versions;
    }

    private List<ElfVersionDefinition> ReadVersionDefinitions(ulong offset, ulong size, ulong count, StringTable strings)
    {
        var result = new List<ElfVersionDefinition>();
        if (!Reader.TrySubReader(offset, size, out var table))
        {
            return result;
        }

        // One budget for entries and names together, so that looping vd_next/vda_next links or a
        // huge vd_cnt cannot multiply into billions of steps.
        int budget = _limits.MaxVersionEntries;
        ulong at = 0;
        for (ulong i = 0; i < count && TakeVersionEntry(ref budget, offset + at, ".gnu.version_d"); i++)
        {
            if (!ElfVerdef.TryRead(table, at, out var def))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidVersionDefinition, (long)(offset + at), $"Verdef {i} at +0x{at:x} lies outside .gnu.version_d.");
                break;
            }

            var names = new List<string>();
            ulong aux = at + def.AuxOffset;
            for (int j = 0; j < def.Count && TakeVersionEntry(ref budget, offset + aux, ".gnu.version_d"); j++)
            {
                if (!ElfVerdaux.TryRead(table, aux, out var entry))
                {
                    _diagnostics.Warning(DiagnosticCodes.ElfInvalidVersionDefinition, (long)(offset + at), $"Verdaux {j} of version index {def.Index} lies outside .gnu.version_d.");
                    break;
                }

                names.Add(ReadString(strings, entry.NameOffset, (long)(offset + aux)));
                if (entry.NextOffset == 0)
                {
                    break;
                }

                aux += entry.NextOffset;
            }

            result.Add(new ElfVersionDefinition(def.Index, def.Flags, names));
            if (def.NextOffset == 0)
            {
                break;
            }

            at += def.NextOffset;
        }

        return result;
    }

    private List<ElfVersionNeed> ReadVersionNeeds(ulong offset, ulong size, ulong count, StringTable strings)
    {
        var result = new List<ElfVersionNeed>();
        if (!Reader.TrySubReader(offset, size, out var table))
        {
            return result;
        }

        int budget = _limits.MaxVersionEntries;
        ulong at = 0;
        for (ulong i = 0; i < count && TakeVersionEntry(ref budget, offset + at, ".gnu.version_r"); i++)
        {
            if (!ElfVerneed.TryRead(table, at, out var need))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfInvalidVersionNeed, (long)(offset + at), $"Verneed {i} at +0x{at:x} lies outside .gnu.version_r.");
                break;
            }

            string file = ReadString(strings, need.FileOffset, (long)(offset + at));
            var versions = new List<ElfVersionRequirement>();
            ulong aux = at + need.AuxOffset;
            for (int j = 0; j < need.Count && TakeVersionEntry(ref budget, offset + aux, ".gnu.version_r"); j++)
            {
                if (!ElfVernaux.TryRead(table, aux, out var entry))
                {
                    _diagnostics.Warning(DiagnosticCodes.ElfInvalidVersionNeed, (long)(offset + at), $"Vernaux {j} of {DiagnosticText.Short(file)} lies outside .gnu.version_r.");
                    break;
                }

                versions.Add(new ElfVersionRequirement(ReadString(strings, entry.NameOffset, (long)(offset + aux)), entry.Other, entry.Flags));
                if (entry.NextOffset == 0)
                {
                    break;
                }

                aux += entry.NextOffset;
            }

            result.Add(new ElfVersionNeed(file, versions));
            if (need.NextOffset == 0)
            {
                break;
            }

            at += need.NextOffset;
        }

        return result;
    }

    /// <summary>
    /// One step of a version table walk: counts against <see cref="ParseLimits.MaxVersionEntries"/>
    /// (<paramref name="left"/>) and the work budget, since every entry names a string; false, with
    /// the cap reported, when either runs out.
    /// </summary>
    private bool TakeVersionEntry(ref int left, ulong at, string table)
    {
        // left is -1 once a cap was reported, so that the outer loop does not report it again.
        if (left < 0)
        {
            return false;
        }

        if (left == 0)
        {
            _diagnostics.Limit(DiagnosticCodes.LimitExceeded, (long)Math.Min(at, long.MaxValue), $"{table} has more than {_limits.MaxVersionEntries} entries; the rest are not read.", nameof(ParseLimits.MaxVersionEntries));
            left = -1;
            return false;
        }

        if (!_budget.TryTakeEntry())
        {
            _diagnostics.WorkSpent((long)Math.Min(at, long.MaxValue), $"the rest of {table} is");
            left = -1;
            return false;
        }

        left--;
        return true;
    }
}

using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Elf;

public sealed partial class ElfFile
{
    private StringTable? _dynamicStrings;

    /// <summary>The dynamic table up to (not including) DT_NULL.</summary>
    public IReadOnlyList<ElfDynamicEntry> DynamicEntries { get; private set; } = [];

    /// <summary>DT_SONAME, or null.</summary>
    public string? SoName { get; private set; }

    /// <summary>DT_NEEDED names in order.</summary>
    public IReadOnlyList<string> Needed { get; private set; } = [];

    /// <summary>DT_RPATH entries (colon-separated in the file), or null when absent.</summary>
    public IReadOnlyList<string>? RPaths { get; private set; }

    /// <summary>DT_RUNPATH entries, or null when absent.</summary>
    public IReadOnlyList<string>? RunPaths { get; private set; }

    /// <summary>DT_FLAGS_1, or 0.</summary>
    public ulong Flags1 { get; private set; }

    /// <summary>DT_FLAGS, or 0.</summary>
    public ulong Flags { get; private set; }

    /// <summary>
    /// Whether the loader is asked to bind every symbol at load time: DT_BIND_NOW, DF_BIND_NOW
    /// in DT_FLAGS, or DF_1_NOW in DT_FLAGS_1 (gABI 5 "Dynamic Section"; linkers write one or more).
    /// </summary>
    public bool BindNow => HasBindNowTag || (Flags & ElfConstants.DF_BIND_NOW) != 0 || (Flags1 & ElfConstants.DF_1_NOW) != 0;

    /// <summary>Whether a DT_BIND_NOW entry is present (its value is ignored).</summary>
    private bool HasBindNowTag { get; set; }

    private void ReadDynamicTable()
    {
        ulong offset;
        ulong size;
        long at;
        int segment = Segments.ToList().FindIndex(s => s.Type == ElfConstants.PT_DYNAMIC);
        int section = FindSection(ElfConstants.SHT_DYNAMIC);
        if (segment >= 0)
        {
            (offset, size) = (Segments[segment].Offset, Segments[segment].FileSize);
        }
        else if (section >= 0)
        {
            (offset, size) = (Sections[section].Offset, Sections[section].Size);
        }
        else
        {
            return;
        }

        at = (long)Math.Min(offset, long.MaxValue);
        var r = Reader;
        if (!r.IsValidRange(offset, size))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidDynamicTable, at, $"The dynamic table 0x{offset:x}+0x{size:x} lies outside the file.");
            return;
        }

        ulong entrySize = Header.Is64 ? (ulong)ElfDynamicEntry.Size64 : ElfDynamicEntry.Size32;
        ulong room = size / entrySize;
        ulong count = Math.Min(room, (ulong)_limits.MaxDynamicEntries);
        var entries = new List<ElfDynamicEntry>();
        bool terminated = false;
        for (ulong i = 0; i < count; i++)
        {
            var e = ElfDynamicEntry.Read(r, offset + (i * entrySize), Header.Is64);
            if (e.Tag == ElfConstants.DT_NULL)
            {
                terminated = true;
                break;
            }

            entries.Add(e);
        }

        if (!terminated && room > count)
        {
            _diagnostics.Limit(DiagnosticCodes.LimitExceeded, at, $"The dynamic table has room for {room} entries and no DT_NULL among the first {count}; the rest are not read.", nameof(ParseLimits.MaxDynamicEntries));
        }
        else if (!terminated)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidDynamicTable, at, "The dynamic table has no DT_NULL terminator.");
        }

        DynamicEntries = entries;
        ResolveDynamicStrings(section, at);
        Flags1 = Last(ElfConstants.DT_FLAGS_1) ?? 0;
        Flags = Last(ElfConstants.DT_FLAGS) ?? 0;
        HasBindNowTag = entries.Exists(e => e.Tag == ElfConstants.DT_BIND_NOW);
        var needed = new List<string>();
        foreach (var e in entries)
        {
            // Every DT_NEEDED may name the same long string: reserve for its name first.
            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent(at, "the rest of the dynamic table's names are");
                break;
            }

            switch (e.Tag)
            {
                case ElfConstants.DT_NEEDED:
                    needed.Add(DynamicString(e.Value, at));
                    break;
                case ElfConstants.DT_SONAME:
                    SoName = DynamicString(e.Value, at);
                    break;
                case ElfConstants.DT_RPATH:
                    RPaths = SplitPath(DynamicString(e.Value, at));
                    break;
                case ElfConstants.DT_RUNPATH:
                    RunPaths = SplitPath(DynamicString(e.Value, at));
                    break;
            }
        }

        Needed = needed;
    }

    private void ResolveDynamicStrings(int dynamicSection, long at)
    {
        // The loader uses DT_STRTAB/DT_STRSZ; the section view (sh_link of .dynamic) is the same
        // table and survives when segments are odd, so prefer it when present and sound.
        if (dynamicSection >= 0 && Sections[dynamicSection].Link < Sections.Count)
        {
            var s = Sections[(int)Sections[dynamicSection].Link];
            if (s.Type == ElfConstants.SHT_STRTAB && HasValidRange(s))
            {
                _dynamicStrings = new StringTable(s.Offset, s.Size);
                return;
            }
        }

        if (Last(ElfConstants.DT_STRTAB) is { } address)
        {
            if (!TryMapAddress(address, out ulong offset, out ulong available))
            {
                _diagnostics.Warning(DiagnosticCodes.ElfUnmappedDynamicAddress, at, $"DT_STRTAB 0x{address:x} is not inside a loaded segment.");
                return;
            }

            ulong size = Math.Min(Last(ElfConstants.DT_STRSZ) ?? available, available);
            _dynamicStrings = new StringTable(offset, size);
        }
    }

    private string DynamicString(ulong offset, long at)
    {
        if (_dynamicStrings is not { } table)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidStringTable, at, "A dynamic entry names a string but the file has no usable dynamic string table.");
            return string.Empty;
        }

        if (offset > uint.MaxValue)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidStringOffset, at, $"Dynamic string offset 0x{offset:x} is outside the string table.");
            return string.Empty;
        }

        return ReadString(table, (uint)offset, at);
    }

    /// <summary>The value of the last entry with this tag (the loader lets later entries win), or null.</summary>
    private ulong? Last(long tag)
    {
        ulong? value = null;
        foreach (var e in DynamicEntries)
        {
            if (e.Tag == tag)
            {
                value = e.Value;
            }
        }

        return value;
    }

    private static string[] SplitPath(string value) => value.Split(':');
}

using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Elf;

public sealed partial class ElfFile
{
    /// <summary>The dynamic symbol table (.dynsym, or the DT_SYMTAB table when section headers are unusable), entry 0 included.</summary>
    public IReadOnlyList<ElfSymbol> DynamicSymbols { get; private set; } = [];

    /// <summary>The static symbol table (.symtab), entry 0 included; null when the file has none (stripped).</summary>
    public IReadOnlyList<ElfSymbol>? Symbols { get; private set; }

    /// <summary>True when dynamic symbols were found through PT_DYNAMIC because the section headers were missing or unusable.</summary>
    public bool UsedDynamicFallback { get; private set; }

    private void ReadDynamicSymbols()
    {
        int index = FindSection(ElfConstants.SHT_DYNSYM);
        if (index >= 0)
        {
            DynamicSymbols = ReadSectionSymbols(index);
            if (DynamicSymbols.Count > 0)
            {
                return;
            }
        }

        if (Last(ElfConstants.DT_SYMTAB) is not { } address)
        {
            return;
        }

        // As the dynamic loader does: the symbol table has no size in the dynamic table, so the
        // count comes from the hash table (DT_GNU_HASH: highest chain end + 1; DT_HASH: nchain).
        UsedDynamicFallback = true;
        _diagnostics.Info(DiagnosticCodes.ElfDynamicFallback, null, "No usable .dynsym section header; read the dynamic symbols through PT_DYNAMIC.");
        if (!TryMapAddress(address, out ulong offset, out _))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfUnmappedDynamicAddress, null, $"DT_SYMTAB 0x{address:x} is not inside a loaded segment.");
            return;
        }

        ulong? count = DynamicSymbolCount();
        if (count is null)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfMissingSymbolCount, (long)offset, "DT_SYMTAB has neither DT_GNU_HASH nor DT_HASH to give its size.");
            return;
        }

        if (_dynamicStrings is not { } strings)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidStringTable, (long)offset, "DT_SYMTAB has no usable DT_STRTAB.");
            return;
        }

        ulong entrySize = Header.Is64 ? (ulong)ElfSymbol.Size64 : ElfSymbol.Size32;
        DynamicSymbols = ReadSymbolTable(offset, count.Value * entrySize, entrySize, strings, null, "DT_SYMTAB");
    }

    private void ReadStaticSymbols()
    {
        int index = FindSection(ElfConstants.SHT_SYMTAB);
        if (index >= 0)
        {
            Symbols = ReadSectionSymbols(index);
        }
    }

    private ElfSymbol[] ReadSectionSymbols(int index)
    {
        var section = Sections[index];
        long at = SectionHeaderOffset(index);
        if (!HasValidRange(section))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidSymbolTable, at, $"Symbol table section {index} lies outside the file.");
            return [];
        }

        if (section.Link >= Sections.Count || Sections[(int)section.Link].Type != ElfConstants.SHT_STRTAB || !HasValidRange(Sections[(int)section.Link]))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidStringTable, at, $"Symbol table section {index} links to section {section.Link}, which is not a string table inside the file.");
            return [];
        }

        var strings = Sections[(int)section.Link];
        ulong? shndx = null;
        for (int i = 0; i < Sections.Count; i++)
        {
            if (Sections[i].Type == ElfConstants.SHT_SYMTAB_SHNDX && Sections[i].Link == (uint)index && HasValidRange(Sections[i]))
            {
                shndx = (ulong)i;
            }
        }

        return ReadSymbolTable(section.Offset, section.Size, section.EntSize, new StringTable(strings.Offset, strings.Size), shndx, Sections[index].Name);
    }

    private ElfSymbol[] ReadSymbolTable(ulong offset, ulong size, ulong entrySize, StringTable strings, ulong? shndxSection, string label)
    {
        ulong expected = Header.Is64 ? (ulong)ElfSymbol.Size64 : ElfSymbol.Size32;
        var r = Reader;
        if (entrySize != expected || size % expected != 0)
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidSymbolTable, (long)Math.Min(offset, long.MaxValue), $"{DiagnosticText.Short(label)}: sh_entsize {entrySize} / size {size} do not match Elf{(Header.Is64 ? 64 : 32)}_Sym ({expected} bytes); read with the standard size.");
        }

        ulong count = size / expected;
        if (count > (ulong)_limits.MaxSymbols)
        {
            _diagnostics.Limit(DiagnosticCodes.ElfTooManySymbols, (long)Math.Min(offset, long.MaxValue), $"{DiagnosticText.Short(label)}: {count} symbols exceed the limit of {_limits.MaxSymbols}.", nameof(ParseLimits.MaxSymbols));
            return [];
        }

        if (!r.IsValidTable(offset, count, expected))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidSymbolTable, (long)Math.Min(offset, long.MaxValue), $"{DiagnosticText.Short(label)}: {count} symbols at 0x{offset:x} do not fit the file.");
            return [];
        }

        uint[]? extended = ReadExtendedIndexes(shndxSection, count);
        var symbols = new ElfSymbol[count];
        for (ulong i = 0; i < count; i++)
        {
            ulong at = offset + (i * expected);
            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent((long)at, $"{DiagnosticText.Short(label)}: symbols {i} to {count - 1} are");
                return symbols[..(int)i];
            }

            var symbol = ElfSymbol.Read(r, at, Header.Is64);
            if (symbol.SectionIndex == ElfConstants.SHN_XINDEX)
            {
                if (extended is null)
                {
                    // Left as SHN_XINDEX: still defined (not an import), in a section nobody can name.
                    _diagnostics.Warning(DiagnosticCodes.ElfInvalidSymbolSectionIndex, (long)at, $"{DiagnosticText.Short(label)}: symbol {i} uses SHN_XINDEX but there is no valid SHT_SYMTAB_SHNDX section.");
                }
                else
                {
                    symbol = symbol with { SectionIndex = extended[i] };
                }
            }

            symbols[i] = symbol with { Name = ReadString(strings, symbol.NameOffset, (long)at) };
        }

        return symbols;
    }

    private uint[]? ReadExtendedIndexes(ulong? section, ulong count)
    {
        if (section is not { } index)
        {
            return null;
        }

        var s = Sections[(int)index];
        var r = Reader;
        if (!r.IsValidTable(s.Offset, count, 4))
        {
            _diagnostics.Warning(DiagnosticCodes.ElfInvalidSymbolSectionIndex, SectionHeaderOffset((int)index), "SHT_SYMTAB_SHNDX is shorter than its symbol table.");
            return null;
        }

        var result = new uint[count];
        for (ulong i = 0; i < count; i++)
        {
            r.TryReadUInt32(s.Offset + (i * 4), out result[i]);
        }

        return result;
    }

    private long SectionHeaderOffset(int index)
        => (long)Math.Min(Header.ShOff + ((ulong)index * Header.ShEntSize), long.MaxValue);
}

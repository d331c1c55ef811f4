using System.Text;

namespace AbiPortal.Parsers.Tests.Hostile;

/// <summary>ELF files whose tables all name one long string.</summary>
internal static partial class HostileInputs
{
    private const int ElfSymbolSize = 24, ElfSectionSize = 64, ElfDynamicSize = 16;

    /// <summary>
    /// ELF64 ET_REL whose <paramref name="count"/> global symbols all name one string of
    /// <paramref name="nameLength"/> bytes (at the same offset, or at successive offsets inside it).
    /// </summary>
    public static byte[] ElfSymbolsNamingOneString(int count, int nameLength, bool successive)
    {
        var elf = new ElfLayout(symbols: count, strtab: nameLength + 2);
        byte[] b = elf.Build(type: 1);
        for (int i = 1; i <= count; i++)
        {
            int at = elf.SymtabAt + (i * ElfSymbolSize);
            U32(b, at, successive ? (uint)(1 + (i % nameLength)) : 1u);
            b[at + 4] = 0x12;          // STB_GLOBAL, STT_FUNC
            U16(b, at + 6, 0xFFF1);    // SHN_ABS
        }

        Ascii(b, elf.StrtabAt + 1, new string('s', nameLength));
        return b;
    }

    /// <summary>A sound ELF64 ET_REL defining one global function per name (for reads that must be long, not hostile).</summary>
    public static byte[] ElfObjectDefining(IReadOnlyList<string> names)
    {
        byte[] strings = Encoding.ASCII.GetBytes("\0" + string.Join("\0", names) + "\0");
        var elf = new ElfLayout(symbols: names.Count, strtab: strings.Length);
        byte[] b = elf.Build(type: 1);
        strings.CopyTo(b, elf.StrtabAt);
        int offset = 1;
        for (int i = 0; i < names.Count; i++)
        {
            int at = elf.SymtabAt + ((i + 1) * ElfSymbolSize);
            U32(b, at, (uint)offset);
            b[at + 4] = 0x12;
            U16(b, at + 6, 0xFFF1);
            offset += names[i].Length + 1;
        }

        return b;
    }

    /// <summary>ELF64 ET_REL with <paramref name="count"/> section headers whose sh_name all name one long string.</summary>
    public static byte[] ElfSectionsNamingOneString(int count, int nameLength)
    {
        var elf = new ElfLayout(symbols: 0, strtab: 1, shstrtabExtra: nameLength + 1, extraSections: count);
        byte[] b = elf.Build(type: 1);
        Ascii(b, elf.ShstrtabAt + elf.ShstrtabExtraAt, new string('x', nameLength));
        for (int i = 0; i < count; i++)
        {
            U32(b, elf.ShAt + ((4 + i) * ElfSectionSize), (uint)elf.ShstrtabExtraAt);
        }

        return b;
    }

    /// <summary>ELF64 ET_DYN whose SHT_DYNAMIC holds <paramref name="count"/> DT_NEEDED entries all naming one long string.</summary>
    public static byte[] ElfNeededNamingOneString(int count, int nameLength)
    {
        var elf = new ElfLayout(symbols: 0, strtab: nameLength + 2, dynamic: count + 1);
        byte[] b = elf.Build(type: 3);
        Ascii(b, elf.StrtabAt + 1, new string('l', nameLength));
        for (int i = 0; i < count; i++)
        {
            U64(b, elf.DynamicAt + (i * ElfDynamicSize), 1);      // DT_NEEDED
            U64(b, elf.DynamicAt + (i * ElfDynamicSize) + 8, 1);  // the long string
        }

        return b;
    }

    /// <summary>
    /// ELF64 ET_DYN with one dynamic symbol and a .gnu.version_r whose one Verneed chains
    /// <paramref name="count"/> Vernaux entries, every library and version naming one long string.
    /// </summary>
    public static byte[] ElfVersionNeedsNamingOneString(int count, int nameLength)
    {
        const int VerneedSize = 16, VernauxSize = 16;
        var elf = new ElfLayout(symbols: 1, strtab: nameLength + 2, dynamicSymbols: true, versionNeeds: VerneedSize + (count * VernauxSize));
        byte[] b = elf.Build(type: 3);
        Ascii(b, elf.StrtabAt + 1, new string('v', nameLength));
        U32(b, elf.SymtabAt + ElfSymbolSize, 1);
        b[elf.SymtabAt + ElfSymbolSize + 4] = 0x12;
        U16(b, elf.SymtabAt + ElfSymbolSize + 6, 0xFFF1);
        U16(b, elf.VersionNeedsAt, 1);                         // vn_version
        U16(b, elf.VersionNeedsAt + 2, (ushort)Math.Min(count, ushort.MaxValue));
        U32(b, elf.VersionNeedsAt + 4, 1);                     // vn_file: the long string
        U32(b, elf.VersionNeedsAt + 8, VerneedSize);           // vn_aux
        for (int i = 0; i < count; i++)
        {
            int at = elf.VersionNeedsAt + VerneedSize + (i * VernauxSize);
            U16(b, at + 6, (ushort)(2 + (i % 1000)));         // vna_other
            U32(b, at + 8, 1);                                 // vna_name: the long string
            U32(b, at + 12, i + 1 < count ? (uint)VernauxSize : 0);
        }

        return b;
    }

    /// <summary>
    /// Sections: null, .symtab (or .dynsym, link 2), .strtab, .shstrtab, then <c>extraSections</c>
    /// empty SHT_PROGBITS headers, .dynamic (link 2) when <c>dynamic</c> entries are asked for,
    /// and .gnu.version_r (link 2) when <c>versionNeeds</c> bytes are.
    /// </summary>
    private sealed class ElfLayout(int symbols, int strtab, int shstrtabExtra = 0, int extraSections = 0, int dynamic = 0, bool dynamicSymbols = false, int versionNeeds = 0)
    {
        private static readonly byte[] Names = Encoding.ASCII.GetBytes("\0.symtab\0.strtab\0.shstrtab\0.dynamic\0");

        public int SymtabAt => 64;

        public int StrtabAt => SymtabAt + ((symbols + 1) * ElfSymbolSize);

        public int DynamicAt => StrtabAt + strtab + (8 - ((StrtabAt + strtab) % 8));

        public int VersionNeedsAt => DynamicAt + (dynamic * ElfDynamicSize);

        public int ShstrtabAt => VersionNeedsAt + versionNeeds;

        public int ShstrtabExtraAt => Names.Length;

        public int ShAt => (ShstrtabAt + Names.Length + shstrtabExtra + 7) & ~7;

        public byte[] Build(ushort type)
        {
            int sectionCount = 4 + extraSections + (dynamic > 0 ? 1 : 0) + (versionNeeds > 0 ? 1 : 0);
            var b = new byte[ShAt + (sectionCount * ElfSectionSize)];
            b[0] = 0x7F;
            Ascii(b, 1, "ELF");
            b[4] = 2;    // ELFCLASS64
            b[5] = 1;    // little endian
            b[6] = 1;    // EV_CURRENT
            U16(b, 16, type);
            U16(b, 18, 62);   // EM_X86_64
            U32(b, 20, 1);
            U64(b, 40, (ulong)ShAt);
            U16(b, 52, 64);
            U16(b, 58, ElfSectionSize);
            U16(b, 60, (ushort)sectionCount);
            U16(b, 62, 3);
            Names.CopyTo(b, ShstrtabAt);
            Section(b, 1, 1, dynamicSymbols ? 11u : 2u, SymtabAt, (symbols + 1) * ElfSymbolSize, 2, 1, ElfSymbolSize);
            Section(b, 2, 9, 3, StrtabAt, strtab, 0, 0, 0);
            Section(b, 3, 17, 3, ShstrtabAt, Names.Length + shstrtabExtra, 0, 0, 0);
            for (int i = 0; i < extraSections; i++)
            {
                Section(b, 4 + i, 0, 1, 0, 0, 0, 0, 0);
            }

            if (dynamic > 0)
            {
                Section(b, 4 + extraSections, 27, 6, DynamicAt, dynamic * ElfDynamicSize, 2, 0, ElfDynamicSize);
            }

            if (versionNeeds > 0)
            {
                Section(b, sectionCount - 1, 0, 0x6ffffffe, VersionNeedsAt, versionNeeds, 2, 1, 0);
            }

            return b;
        }

        private void Section(byte[] b, int index, uint name, uint type, int offset, int size, uint link, uint info, ulong entrySize)
        {
            int at = ShAt + (index * ElfSectionSize);
            U32(b, at, name);
            U32(b, at + 4, type);
            U64(b, at + 24, (ulong)offset);
            U64(b, at + 32, (ulong)size);
            U32(b, at + 40, link);
            U32(b, at + 44, info);
            U64(b, at + 56, entrySize);
        }
    }
}

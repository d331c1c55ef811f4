using System.Buffers.Binary;
using AbiPortal.Parsers.Elf;
using static AbiPortal.Parsers.Diagnostics.DiagnosticCodes;

namespace AbiPortal.Parsers.Tests.Elf;

/// <summary>
/// Symbols whose st_shndx is SHN_XINDEX take their section from SHT_SYMTAB_SHNDX (gABI 4
/// "Sections", extended section indexes). A real object needs more than 65,280 sections for
/// that (megabytes of headers), so the fixture object is rewritten in code instead: one symbol
/// gets SHN_XINDEX and a SHT_SYMTAB_SHNDX section is appended.
/// </summary>
public sealed class ExtendedSymbolIndexTests
{
    [Fact]
    public void Symbol_section_comes_from_SHT_SYMTAB_SHNDX()
    {
        var s = SnapshotReader(withShndxSection: true);
        Assert.Empty(s.Diagnostics);
        Assert.Equal(".text", s.Exports.Single(e => e.Name == "object_function").Section);
    }

    [Fact]
    public void SHN_XINDEX_without_the_table_is_reported()
    {
        var s = SnapshotReader(withShndxSection: false);
        Assert.Contains(s.Diagnostics, d => d.Code == ElfInvalidSymbolSectionIndex);
        var export = s.Exports.Single(e => e.Name == "object_function");
        Assert.Null(export.Section);
        Assert.DoesNotContain(s.Imports, i => i.Name == "object_function");
    }

    private static Snapshots.Snapshot SnapshotReader(bool withShndxSection)
    {
        byte[] original = ElfFixtures.Bytes("object.o");
        var file = ElfFile.Read(original);
        int symtabIndex = file.Sections.ToList().FindIndex(x => x.Type == 2);
        var symtab = file.Sections[symtabIndex];
        var symbols = file.Symbols!;
        int target = symbols.ToList().FindIndex(x => x.Name == "object_function");
        uint realSection = symbols[target].SectionIndex;

        int shndxData = Align(original.Length, 8);
        int count = symbols.Count;
        int headers = Align(shndxData + (count * 4), 8);
        int shnum = file.Sections.Count + (withShndxSection ? 1 : 0);
        byte[] bytes = new byte[headers + (shnum * ElfSectionHeader.Size64)];
        original.CopyTo(bytes, 0);

        // Move the section header table to the end, then add the SHT_SYMTAB_SHNDX header.
        original.AsSpan((int)file.Header.ShOff, file.Sections.Count * ElfSectionHeader.Size64).CopyTo(bytes.AsSpan(headers));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(40), (ulong)headers);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(60), (ushort)shnum);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan((int)symtab.Offset + (target * ElfSymbol.Size64) + 6), 0xFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(shndxData + (target * 4)), realSection);
        if (withShndxSection)
        {
            var h = bytes.AsSpan(headers + (file.Sections.Count * ElfSectionHeader.Size64));
            BinaryPrimitives.WriteUInt32LittleEndian(h[4..], 18);
            BinaryPrimitives.WriteUInt64LittleEndian(h[24..], (ulong)shndxData);
            BinaryPrimitives.WriteUInt64LittleEndian(h[32..], (ulong)(count * 4));
            BinaryPrimitives.WriteUInt32LittleEndian(h[40..], (uint)symtabIndex);
            BinaryPrimitives.WriteUInt64LittleEndian(h[48..], 4);
            BinaryPrimitives.WriteUInt64LittleEndian(h[56..], 4);
        }

        return Parsers.Snapshots.SnapshotReader.Read(bytes, "xindex.o", ElfFixtures.Options);
    }

    private static int Align(int value, int to) => (value + to - 1) / to * to;
}

using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Diagnostics.DiagnosticCodes;

namespace AbiPortal.Parsers.Tests.Elf;

/// <summary>Broken ELF files built in code; each asserts the diagnostic code, never the message.</summary>
public sealed class MalformedElfTests
{
    private const string Lib = "libversioned.so";

    // Elf64_Ehdr field offsets (gABI 4 "ELF Header").
    private const int EPhOff = 32, EShOff = 40, EPhNum = 56, EShEntSize = 58, EShNum = 60, EShStrNdx = 62;

    // Elf64_Shdr field offsets.
    private const int ShOffset = 24, ShSize = 32, ShLink = 40;

    [Fact]
    public void Truncation_inside_the_header_is_fatal_at_every_length()
    {
        for (int length = 1; length < ElfHeader.Size64; length++)
        {
            var s = new ElfPatch(Lib).Truncate(length).Read();
            var expected = length < 4 ? UnknownFormat : ElfTruncatedHeader;
            Assert.Equal(expected, Assert.Single(s.Diagnostics).Code);
            Assert.Equal(DiagnosticSeverity.Error, s.Diagnostics[0].Severity);
        }

        Assert.Equal(EmptyInput, new ElfPatch(Lib).Truncate(0).Read().Diagnostics[0].Code);
    }

    [Fact]
    public void Truncation_at_every_table_boundary_reports_and_never_throws()
    {
        var patch = new ElfPatch(Lib);
        var boundaries = new List<int> { ElfHeader.Size64, (int)patch.Original.Header.ShOff, (int)patch.Original.Header.ShOff + ElfSectionHeader.Size64 };
        boundaries.AddRange(patch.Original.Segments.SelectMany(p => new[] { (int)p.Offset, (int)(p.Offset + p.FileSize) }));
        boundaries.AddRange(patch.Original.Sections.Where(s => s.Type != 8).SelectMany(s => new[] { (int)s.Offset, (int)(s.Offset + s.Size) }));
        foreach (int length in boundaries.Where(b => b > ElfHeader.Size64 && b < patch.Bytes.Length).Distinct())
        {
            var s = new ElfPatch(Lib).Truncate(length).Read();
            Assert.Equal(BinaryFormat.Elf, s.Format);
            Assert.NotEmpty(s.Diagnostics);
        }

        // Cutting the section header table short loses the sections, not the file: symbols still come through PT_DYNAMIC.
        var cut = new ElfPatch(Lib).Truncate((int)patch.Original.Header.ShOff + 100).Read();
        Assert.Contains(cut.Diagnostics, d => d.Code == ElfInvalidSectionHeaderOffset);
        Assert.Contains(cut.Exports, e => e.Name == "versioned_call");
    }

    [Theory]
    [InlineData(4, 0, "class")]
    [InlineData(4, 3, "class")]
    [InlineData(5, 0, "data")]
    [InlineData(5, 9, "data")]
    public void Bad_identification_is_fatal(int index, byte value, string what)
    {
        var patch = new ElfPatch(Lib);
        patch.Bytes[index] = value;
        var d = Assert.Single(patch.Read().Diagnostics);
        Assert.Equal(what == "class" ? ElfInvalidClass : ElfInvalidDataEncoding, d.Code);
        Assert.Equal(index, d.Offset);
        Assert.Throws<BinaryFormatException>(() => ElfFile.Read(patch.Bytes));
    }

    [Fact]
    public void Section_header_table_past_the_end()
        => Assert.Contains(ElfInvalidSectionHeaderOffset, new ElfPatch(Lib).U64(EShOff, 0xFFFF_FFFF_FFFF_FF00).Codes());

    [Fact]
    public void Program_header_table_past_the_end()
        => Assert.Contains(ElfInvalidProgramHeaderTable, new ElfPatch(Lib).U64(EPhOff, 1UL << 40).Codes());

    [Fact]
    public void Absurd_e_shnum_is_checked_against_the_file_and_the_limit()
    {
        Assert.Contains(ElfInvalidSectionHeaderOffset, new ElfPatch(Lib).U16(EShNum, 0xFEFF).Codes());
        Assert.Contains(ElfTooManySections, new ElfPatch(Lib).U16(EShNum, 0xFEFF).Codes(ParseLimits.Default with { MaxSections = 100 }));
    }

    [Fact]
    public void Extended_section_numbering_reads_the_count_and_name_index_from_section_zero()
    {
        var patch = new ElfPatch(Lib);
        int first = (int)patch.Original.Header.ShOff;
        int count = patch.Original.Sections.Count;
        patch.U16(EShNum, 0).U64(first + ShSize, (ulong)count).U16(EShStrNdx, 0xFFFF).U32(first + ShLink, patch.Original.Header.ShStrNdx);
        var s = patch.Read();
        Assert.Empty(s.Diagnostics);
        Assert.Equal(ElfFixtures.Read(Lib).Exports.Select(e => (e.Name, e.Version, e.Section)), s.Exports.Select(e => (e.Name, e.Version, e.Section)));

        // A hostile count in section 0's sh_size is bounded like e_shnum.
        Assert.Contains(ElfTooManySections, new ElfPatch(Lib).U16(EShNum, 0).U64(first + ShSize, 1UL << 40).Codes());
    }

    [Fact]
    public void Wrong_e_shentsize_and_e_shstrndx()
    {
        Assert.Contains(ElfInvalidSectionHeaderEntrySize, new ElfPatch(Lib).U16(EShEntSize, 12).Codes());
        Assert.Contains(ElfInvalidSectionNameTable, new ElfPatch(Lib).U16(EShStrNdx, 0x7000).Codes());
    }

    [Fact]
    public void Symbol_table_offset_or_size_past_the_end()
    {
        var patch = new ElfPatch(Lib);
        var s = patch.U64(patch.SectionHeader(".dynsym") + ShOffset, 0xFFFF_FFFF_FFFF_FFF0).Read();
        var codes = s.Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.Contains(ElfInvalidSectionRange, codes);
        Assert.Contains(ElfInvalidSymbolTable, codes);
        // A broken .dynsym header is no worse than a missing one: the loader's view still works.
        Assert.Contains(ElfDynamicFallback, codes);
        Assert.Equal(ElfFixtures.Read(Lib).Exports.Select(e => (e.Name, e.Version)), s.Exports.Select(e => (e.Name, e.Version)));
    }

    [Fact]
    public void Count_times_entry_size_that_would_overflow_is_rejected_before_allocating()
    {
        // sh_size / 24 ~ 7.7e17 entries: a reader that allocated by count would die here.
        var patch = new ElfPatch(Lib);
        var codes = patch.U64(patch.SectionHeader(".symtab") + ShSize, 0xFFFF_FFFF_FFFF_FFF0 / 24 * 24).Codes();
        Assert.Contains(ElfInvalidSectionRange, codes);
        Assert.Contains(ElfInvalidSymbolTable, codes);
        // A table that fits the file but exceeds the configured cap.
        Assert.Contains(ElfTooManySymbols, new ElfPatch(Lib).Codes(ParseLimits.Default with { MaxSymbols = 10 }));
    }

    [Fact]
    public void Unterminated_and_overlong_strings()
    {
        var patch = new ElfPatch(Lib);
        var dynstr = patch.Section(".dynstr");
        // Cut .dynstr in the middle of its last name: that name is unterminated within the table.
        var s = patch.U64(patch.SectionHeader(".dynstr") + ShSize, dynstr.Size - 3).Read();
        Assert.Contains(s.Diagnostics, d => d.Code == ElfInvalidStringOffset);

        var limited = new ElfPatch(Lib).Codes(ParseLimits.Default with { MaxStringLength = 4 });
        Assert.Contains(ElfInvalidStringOffset, limited);
    }

    [Fact]
    public void Symbol_table_linked_to_a_section_that_is_not_a_string_table()
    {
        var patch = new ElfPatch(Lib);
        Assert.Contains(ElfInvalidStringTable, patch.U32(patch.SectionHeader(".symtab") + ShLink, 0).Codes());
    }

    [Fact]
    public void Version_index_out_of_range()
    {
        var patch = new ElfPatch(Lib);
        var versym = patch.Section(".gnu.version");
        int last = (int)(versym.Offset + versym.Size - 2);
        var s = patch.U16(last, 0x7ff0).Read();
        Assert.Contains(s.Diagnostics, d => d.Code == ElfVersionIndexOutOfRange);
        Assert.Equal(ElfFixtures.Read(Lib).Exports.Count, s.Exports.Count);
    }

    [Fact]
    public void Version_definition_chain_leaving_its_section()
    {
        var patch = new ElfPatch(Lib);
        var verdef = patch.Section(".gnu.version_d");
        // vd_next of the first Verdef points far outside .gnu.version_d.
        Assert.Contains(ElfInvalidVersionDefinition, patch.U32((int)verdef.Offset + 16, 0x7FFF_0000).Codes());
        patch = new ElfPatch(Lib);
        var verneed = patch.Section(".gnu.version_r");
        Assert.Contains(ElfInvalidVersionNeed, patch.U32((int)verneed.Offset + 8, 0x7FFF_0000).Codes());
    }

    [Fact]
    public void Cyclic_sysv_hash_chain_is_detected()
    {
        var patch = new ElfPatch("libversioned-sysvhash-nosections.so");
        int hash = patch.FileOffset(patch.Dynamic(4));
        uint nbucket = BitConverter.ToUInt32(patch.Bytes, hash);
        int chain = hash + 8 + ((int)nbucket * 4);
        // Point every bucket's first symbol back at itself: a loader walking it would never stop.
        for (int b = 0; b < nbucket; b++)
        {
            uint first = BitConverter.ToUInt32(patch.Bytes, hash + 8 + (b * 4));
            if (first != 0)
            {
                patch.U32(chain + ((int)first * 4), first);
            }
        }

        var s = patch.Read();
        Assert.Contains(s.Diagnostics, d => d.Code == ElfInvalidHashChain);
        Assert.Equal(13, s.Exports.Count);
    }

    [Fact]
    public void Sysv_hash_count_larger_than_the_file()
    {
        var patch = new ElfPatch("libversioned-sysvhash-nosections.so");
        int hash = patch.FileOffset(patch.Dynamic(4));
        var codes = patch.U32(hash + 4, 0x4000_0000).Codes();
        Assert.Contains(ElfInvalidHashTable, codes);
        Assert.Contains(ElfMissingSymbolCount, codes);
    }

    [Fact]
    public void Gnu_hash_with_absurd_bucket_count()
    {
        var patch = new ElfPatch("libversioned-nosections.so");
        int hash = patch.FileOffset(patch.Dynamic(0x6ffffef5));
        var codes = patch.U32(hash, 0xFFFF_FFF0).Codes();
        Assert.Contains(ElfInvalidHashTable, codes);
        Assert.Contains(ElfMissingSymbolCount, codes);
    }

    [Fact]
    public void Dynamic_address_outside_every_segment()
    {
        var patch = new ElfPatch("libversioned-nosections.so");
        var dynamic = patch.Original.Segments.Single(p => p.Type == 2);
        int entry = (int)dynamic.Offset + (patch.Original.DynamicEntries.ToList().FindIndex(e => e.Tag == 6) * 16);
        Assert.Contains(ElfUnmappedDynamicAddress, patch.U64(entry + 8, 0x7777_0000_0000).Codes());
    }

    [Fact]
    public void Section_headers_gone_and_PT_DYNAMIC_unreadable_still_gives_a_snapshot()
    {
        var patch = new ElfPatch("libversioned-nosections.so");
        var dynamic = patch.Original.Segments.Single(p => p.Type == 2);
        int phdr = (int)patch.Original.Header.PhOff + (patch.Original.Segments.ToList().IndexOf(dynamic) * ElfProgramHeader.Size64);
        var s = patch.U64(phdr + 8, 1UL << 50).Read();
        Assert.Equal(BinaryKind.SharedLibrary, s.Kind);
        Assert.Contains(s.Diagnostics, d => d.Code == ElfInvalidSegmentRange);
        Assert.Contains(s.Diagnostics, d => d.Code == ElfInvalidDynamicTable);
        Assert.Empty(s.Exports);
    }

    [Fact]
    public void Program_header_count_past_the_end_of_a_small_file()
        => Assert.Contains(ElfInvalidProgramHeaderTable, new ElfPatch(Lib).U16(EPhNum, 0xFFFF).Codes());
}

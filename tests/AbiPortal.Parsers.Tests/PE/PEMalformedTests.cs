using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.PE;
using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Tests.PE.PEImageBuilder;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>A hand-written valid image, then one corrupted field per test, asserting the code.</summary>
public sealed class PEMalformedTests
{
    private static Snapshot Read(byte[] bytes) => SnapshotReader.Read(bytes, "t.dll");

    private static string Fatal(byte[] bytes)
    {
        Assert.False(PEFile.TryRead(bytes, out var file, out var error));
        Assert.Null(file);
        return error!.Code.ToString();
    }

    private static string[] Codes(Snapshot s) => s.Diagnostics.Select(d => d.Code.ToString()).ToArray();

    [Fact]
    public void The_hand_written_image_reads_cleanly()
    {
        var s = Read(Build());
        Assert.Empty(s.Diagnostics);
        Assert.Equal("test.dll", s.Identity.Name);
        Assert.Equal(0x11223344u, s.Identity.Timestamp);
        Assert.Equal("windows-cui", s.Identity.Subsystem);
        Assert.Collection(
            s.Exports,
            e => Assert.Equal(("alpha", 1u, (ulong?)TextRva, (string?)null, SymbolKind.Function), (e.Name, e.Ordinal!.Value, e.Address, e.Forwarder, e.Kind)),
            e => Assert.Equal(("beta", 3u, (ulong?)null, (string?)"OTHER.Func"), (e.Name, e.Ordinal!.Value, e.Address, e.Forwarder)),
            e => Assert.Equal(((string?)null, 4u, (ulong?)(RDataRva + 0x180), SymbolKind.Object), (e.Name, e.Ordinal!.Value, e.Address, e.Kind)));
        Assert.Collection(
            s.Imports,
            i => Assert.Equal(("Sleep", (uint?)5, (uint?)null, "kernel32.dll"), (i.Name, i.Hint, i.Ordinal, i.Library)),
            i => Assert.Equal(((string?)null, (uint?)null, (uint?)7), (i.Name, i.Hint, i.Ordinal)));
    }

    [Fact]
    public void Bad_dos_magic_is_fatal()
    {
        var b = Build();
        b[1] = (byte)'Y';
        Assert.Equal("PE2001", Fatal(b));
    }

    [Fact]
    public void E_lfanew_past_the_end_is_fatal()
    {
        var b = Build();
        U32(b, LfanewOffset, 0xFFFFFFF0);
        Assert.Equal("PE2002", Fatal(b));
    }

    [Fact]
    public void Truncated_file_header_is_fatal()
        => Assert.Equal("PE2003", Fatal(Build()[..(FileHeader + 10)]));

    [Fact]
    public void Unknown_optional_header_magic_is_fatal_and_reported_by_the_snapshot()
    {
        var b = Build();
        U16(b, OptionalHeader, 0x30B);
        Assert.Equal("PE2004", Fatal(b));
        var s = Read(b);
        Assert.Equal(BinaryFormat.PE, s.Format);
        Assert.Equal(["PE2004"], Codes(s));
    }

    [Fact]
    public void Section_count_larger_than_the_file_is_fatal()
    {
        var b = Build();
        U16(b, FileHeader + 2, 0xFFFF);
        Assert.Equal("PE2005", Fatal(b));
    }

    [Fact]
    public void Export_directory_outside_every_section_is_a_warning()
    {
        var b = Build();
        Directory(b, 0, 0x9000, 0x100);
        var s = Read(b);
        Assert.Contains("PE2006", Codes(s));
        Assert.Empty(s.Exports);
        Assert.Equal(2, s.Imports.Count);
    }

    [Theory]
    [InlineData(20)] // NumberOfFunctions
    [InlineData(24)] // NumberOfNames
    public void Huge_export_counts_are_rejected_before_allocating(int field)
    {
        var b = Build();
        U32(b, ExportDir + field, 0xFFFFFFFF);
        var s = Read(b);
        Assert.Contains("PE2007", Codes(s));
        Assert.Empty(s.Exports);
    }

    [Fact]
    public void Name_ordinal_past_the_address_table_is_skipped()
    {
        var b = Build();
        U16(b, ExportOrdinals + 2, 40);
        var s = Read(b);
        Assert.Equal(["PE2009"], Codes(s));
        Assert.DoesNotContain(s.Exports, e => e.Name == "beta");
        Assert.Contains(s.Exports, e => e.Name is null && e.Forwarder == "OTHER.Func");
    }

    [Fact]
    public void Unmapped_export_name_is_a_warning()
    {
        var b = Build();
        U32(b, ExportNames, 0x7000);
        var s = Read(b);
        Assert.Equal(["PE2008"], Codes(s));
        Assert.Contains(s.Exports, e => e.Name == "beta");
    }

    [Fact]
    public void Unterminated_name_at_the_end_of_its_section_is_a_warning()
    {
        var b = Build();
        for (int i = RData + 0x3F0; i < RData + 0x400; i++)
        {
            b[i] = (byte)'x';
        }

        U32(b, ExportNames, RDataRva + 0x3F0);
        Assert.Equal(["PE2008"], Codes(Read(b)));
    }

    [Fact]
    public void Import_descriptors_without_a_terminator_are_a_warning()
    {
        var b = Build();
        // A descriptor in the last 20 bytes of .rdata: the null descriptor would lie past the section.
        int last = RData + 0x400 - 20;
        U32(b, last, RDataRva + 0x240);
        U32(b, last + 12, RDataRva + 0x280);
        Directory(b, 1, RDataRva + 0x400 - 20, 20);
        var s = Read(b);
        Assert.Equal(["PE2010"], Codes(s));
        Assert.Equal(2, s.Imports.Count);
    }

    [Fact]
    public void Import_lookup_table_without_a_terminator_is_a_warning()
    {
        var b = Build();
        U32(b, ImportDir, RDataRva + 0x400 - 8);
        U64(b, RData + 0x400 - 8, (1UL << 63) | 3);
        var s = Read(b);
        Assert.Equal(["PE2011"], Codes(s));
        Assert.Equal([(uint?)3], s.Imports.Select(i => i.Ordinal));
    }

    [Fact]
    public void CodeView_record_outside_the_file_is_a_warning()
    {
        var b = Build();
        int entry = RData + 0x300;
        U32(b, entry + 12, 2);          // IMAGE_DEBUG_TYPE_CODEVIEW
        U32(b, entry + 16, 0x40);       // SizeOfData
        U32(b, entry + 24, 0x7FFFFFF0); // PointerToRawData
        Directory(b, 6, RDataRva + 0x300, 28);
        var s = Read(b);
        Assert.Equal(["PE2012"], Codes(s));
        Assert.Null(s.Identity.BuildId);
    }

    [Fact]
    public void Extended_dll_characteristics_outside_the_file_are_a_warning_and_not_cetcompat()
    {
        var b = Build();
        int entry = RData + 0x300;
        U32(b, entry + 12, 20);         // IMAGE_DEBUG_TYPE_EX_DLLCHARACTERISTICS
        U32(b, entry + 16, 4);          // SizeOfData
        U32(b, entry + 24, 0x7FFFFFF0); // PointerToRawData
        Directory(b, 6, RDataRva + 0x300, 28);
        var s = Read(b);
        Assert.Equal(["PE2012"], Codes(s));
        Assert.DoesNotContain("shstk", s.Hardening!.ControlFlow!);

        // The same entry pointing at a real DWORD with IMAGE_DLLCHARACTERISTICS_EX_CET_COMPAT set.
        U32(b, entry + 24, (uint)(RData + 0x3F0));
        U32(b, RData + 0x3F0, 1);
        Assert.Equal(["shstk"], Read(b).Hardening!.ControlFlow);
    }

    [Fact]
    public void Resource_directory_with_too_many_entries_is_a_warning()
    {
        var b = Build();
        U16(b, RData + 0x340 + 14, 0xFFFF); // NumberOfIdEntries
        Directory(b, 2, RDataRva + 0x340, 16);
        var s = Read(b);
        Assert.Equal(["PE2013"], Codes(s));
        Assert.Null(s.Identity.FileVersion);
    }

    [Fact]
    public void Truncating_the_image_anywhere_never_throws()
    {
        var full = Build();
        for (int length = 1; length < full.Length; length += 7)
        {
            var s = Read(full[..length]);
            Assert.NotNull(s);
        }
    }

    [Fact]
    public void Every_single_byte_corruption_of_the_headers_and_tables_is_handled()
    {
        var full = Build();
        for (int at = 0; at < RData + 0x2C0; at++)
        {
            var b = (byte[])full.Clone();
            b[at] ^= 0xFF;
            var s = Read(b);
            Assert.NotNull(s);
        }
    }

    [Fact]
    public void Limits_cap_import_descriptors()
    {
        var s = SnapshotReader.Read(Build(), "t.dll", new SnapshotReadOptions { Limits = ParseLimits.Default with { MaxImportDescriptors = 0 } });
        Assert.Contains(DiagnosticCodes.LimitExceeded, s.Diagnostics.Select(d => d.Code));
        Assert.Empty(s.Imports);
    }

    [Fact]
    public void One_thunk_budget_covers_every_import_table()
    {
        var s = SnapshotReader.Read(Build(), "t.dll", new SnapshotReadOptions { Limits = ParseLimits.Default with { MaxSymbols = 1 } });
        Assert.Contains(DiagnosticCodes.LimitExceeded, s.Diagnostics.Select(d => d.Code));
        Assert.Equal(["Sleep"], s.Imports.Select(i => i.Name));
    }

    [Fact]
    public void Many_names_pointing_at_one_unterminated_string_report_it_once()
    {
        var b = Build();
        for (int i = RData + 0x300; i < RData + 0x400; i++)
        {
            b[i] = (byte)'x';
        }

        U32(b, ExportNames, RDataRva + 0x300);
        U32(b, ExportNames + 4, RDataRva + 0x300);
        var s = Read(b);
        Assert.Equal(["PE2008"], Codes(s));
    }
}

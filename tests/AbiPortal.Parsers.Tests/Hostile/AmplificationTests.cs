using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Parsers.Tests.Mutation;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Hostile;

/// <summary>
/// Issue 17's amplification findings and their relatives, read through <see cref="SnapshotReader"/>:
/// every read stays under <see cref="ReadBounds"/> (1 MiB + 64 bytes per input byte; the
/// numbers before the per-file budget are in the comments) and says it is partial when a cap
/// stopped it. Rows are counted over the whole tree.
/// </summary>
public sealed class AmplificationTests
{
    private static Snapshot Read(byte[] data) => ReadBounds.Read(data).Snapshot;

    private static long Rows(Snapshot s) => s.Exports.Count + s.Imports.Count + s.Dependencies.Count + s.VersionNodes.Count + s.Members.Count + s.Members.Sum(Rows);

    private static int AllDiagnostics(Snapshot s) => s.Diagnostics.Count + s.Members.Sum(AllDiagnostics);

    [Fact]
    public void An_archive_of_a_million_empty_members_keeps_the_member_cap_and_one_thousand_diagnostics()
    {
        // Before: 1,048,576 members, 1,048,577 diagnostics, 615 MiB, 6 s (63 MB input).
        var snapshot = Read(HostileInputs.ArchiveOfEmptyMembers(1_048_586));
        Assert.Equal(ParseLimits.Default.MaxArchiveMembers, snapshot.Members.Count);
        Assert.True(snapshot.IsPartial);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.ArTooManyMembers);
        Assert.InRange(AllDiagnostics(snapshot), ParseLimits.Default.MaxDiagnostics, ParseLimits.Default.MaxDiagnostics + 4);
        Assert.Equal(DiagnosticCodes.PartialSnapshot, snapshot.Diagnostics[^1].Code);
        Assert.Contains("MaxArchiveMembers", snapshot.Diagnostics[^1].Message, StringComparison.Ordinal);
        Assert.Contains("MaxDiagnostics", snapshot.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_and_their_rows_count_against_one_row_cap_for_the_file()
    {
        var limits = ParseLimits.Default with { MaxRows = 1000 };
        var (snapshot, _) = ReadBounds.Read(HostileInputs.ArchiveOfEmptyMembers(5000), ReadBounds.Options with { Limits = limits });
        Assert.Equal(1000, Rows(snapshot));
        Assert.True(snapshot.IsPartial);
        Assert.Contains("MaxRows", snapshot.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_members_sharing_one_long_name_run_out_of_work_budget()
    {
        // Before: 6 MB input, more than 24 GB before the machine killed it.
        var snapshot = Read(HostileInputs.ArchiveSharingOneLongName(100_000, 65_000));
        Assert.True(snapshot.IsPartial);
        Assert.Contains(ParseBudgetName, snapshot.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bsd_index_naming_one_string_from_every_entry_is_bounded()
    {
        var snapshot = Read(HostileInputs.BsdIndexNamingOneString(100_000, 60_000));
        Assert.True(snapshot.IsPartial);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Elf_symbols_naming_one_long_string_are_read_until_the_budget_is_spent(bool successive)
    {
        // Before: 1 MB input, 40,000 exports, 5.0 GB and 41 s (same offset), 3.4 GB and 8 s (successive offsets).
        var snapshot = Read(HostileInputs.ElfSymbolsNamingOneString(40_000, 65_000, successive));
        Assert.True(snapshot.IsPartial);
        Assert.InRange(snapshot.Exports.Count, 1, 1000);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.LimitExceeded);
    }

    [Fact]
    public void Elf_section_names_naming_one_long_string_are_bounded()
    {
        var snapshot = Read(HostileInputs.ElfSectionsNamingOneString(20_000, 60_000));
        Assert.True(snapshot.IsPartial);
    }

    [Fact]
    public void Elf_needed_entries_naming_one_long_string_are_bounded()
    {
        var snapshot = Read(HostileInputs.ElfNeededNamingOneString(40_000, 60_000));
        Assert.True(snapshot.IsPartial);
        Assert.InRange(snapshot.Dependencies.Count, 1, 1000);
    }

    [Fact]
    public void Elf_version_needs_naming_one_long_string_are_bounded()
    {
        // Before: 0.7 MB input, 40,000 required versions of 60 KB names each.
        var snapshot = Read(HostileInputs.ElfVersionNeedsNamingOneString(40_000, 60_000));
        Assert.True(snapshot.IsPartial);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.LimitExceeded);
    }

    [Theory]
    [InlineData(400, 1000)]
    [InlineData(1600, 4000)]
    public void Import_descriptors_sharing_one_lookup_table_read_it_once(int descriptors, int thunks)
    {
        // Before: 16.5 KB gave 400,001 imports (128 MiB without demangling; 899 MiB in the
        // server); 64 KB gave 6.24 million imports and ran out of memory.
        var snapshot = Read(HostileInputs.PESharingOneLookupTable(descriptors, thunks));
        Assert.Equal(thunks, snapshot.Imports.Count);
        Assert.Equal(DiagnosticCodes.PESharedImportLookupTable, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Contains($"{descriptors - 1} import descriptors", snapshot.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.False(snapshot.IsPartial);
    }

    [Fact]
    public void Import_thunks_naming_one_long_name_are_bounded()
    {
        // Before: 72 KB input, 1,000 imports of 64 KB names each: 123 MiB.
        var snapshot = Read(HostileInputs.PESharingOneLookupTable(1, 1000, nameLength: 65_000));
        Assert.True(snapshot.IsPartial);
        Assert.InRange(snapshot.Imports.Count, 1, 999);
    }

    [Fact]
    public void Rvas_of_a_pe_with_65535_sections_are_mapped_without_scanning_every_section()
    {
        // Before: every RVA lookup scanned the section table: 48 s for 4.3 MB (100,000 exports).
        // The guard fails a read that runs past its time limit (10 s), as for the regression inputs.
        byte[] data = HostileInputs.PEWithManySections(65_535, 50_000);
        var failures = GuardedReader.ReadAll(1, _ => ("pe-65535-sections", data));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var snapshot = Read(data);
        Assert.Equal(50_000, snapshot.Exports.Count);
        Assert.All(snapshot.Exports, e => Assert.Equal(".s", e.Section));
    }

    [Fact]
    public void Coff_sections_sharing_one_directive_are_bounded()
    {
        var snapshot = Read(HostileInputs.CoffSectionsSharingOneDirective(2000, 60_000));
        Assert.True(snapshot.IsPartial);
    }

    [Fact]
    public void An_export_trie_fanning_out_one_long_prefix_is_bounded()
    {
        // Before: 568 KB input, 65,025 exports of 60 KB names each: 7.5 GB and 27 s.
        var snapshot = Read(HostileInputs.MachOTrieFanningOutOneLongPrefix(60_000, 255));
        Assert.True(snapshot.IsPartial);
        Assert.InRange(snapshot.Exports.Count, 1, 1000);
    }

    [Fact]
    public void Mach_o_symbols_naming_one_long_string_are_bounded()
    {
        var snapshot = Read(HostileInputs.MachOSymbolsNamingOneString(60_000, 60_000));
        Assert.True(snapshot.IsPartial);
    }

    [Fact]
    public void A_fat_file_repeating_one_slice_reads_it_once()
    {
        // Before: 42 members with 42 times the rows and 861 overlap warnings.
        byte[] slice = File.ReadAllBytes(TestPaths.Fixture("macho", "libbase.x86_64.dylib"));
        var single = Read(slice);
        var snapshot = Read(HostileInputs.FatRepeatingOneSlice(slice, 42));
        var member = Assert.Single(snapshot.Members);
        Assert.Equal(Rows(single), Rows(member));
        Assert.Equal(Enumerable.Repeat(DiagnosticCodes.FatSliceRepeated, 41), snapshot.Diagnostics.Select(d => d.Code));
        Assert.False(snapshot.IsPartial);
    }

    private const string ParseBudgetName = "work budget";
}

using AbiPortal.Parsers.Lint;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Lint;

/// <summary>Budgets end in a note and fewer findings, never a hang; damaged unwind tables and code end in notes, never a crash.</summary>
public sealed class LintLimitsTests
{
    private static byte[] Bytes(string name) => File.ReadAllBytes(TestPaths.Fixture("lint", name));

    private static LintReport Lint(byte[] bytes, LintLimits? limits = null)
    {
        var snapshot = SnapshotReader.Read(bytes, "lib.so");
        return Linter.Lint(bytes, snapshot, new LintOptions { Limits = limits ?? LintLimits.Default });
    }

    [Fact]
    public void A_file_budget_of_a_few_instructions_stops_decoding_and_says_so()
    {
        var report = Lint(Bytes("libcxxleak.so"), new LintLimits { MaxInstructionsPerFile = 10 });
        long unlimited = Lint(Bytes("libcxxleak.so")).Coverage.Instructions;
        Assert.True(report.Coverage.Instructions <= 10 && report.Coverage.Instructions < unlimited, $"{report.Coverage.Instructions} instructions decoded of {unlimited}");
        Assert.Contains(report.Coverage.Notes, n => n.StartsWith("code: the file's instruction budget (10) ran out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_function_budget_cuts_long_functions_short_and_says_so()
    {
        var report = Lint(Bytes("libcxxleak.so"), new LintLimits { MaxInstructionsPerFunction = 3 });
        Assert.Contains(report.Coverage.Notes, n => n.Contains("decoded in part", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_past_the_per_rule_cap_are_counted_in_a_note()
    {
        var report = Lint(Bytes("win.dll"), new LintLimits { MaxFindingsPerRule = 1 });
        Assert.Single(report.Findings, f => f.Rule == "callee-saved-register");
        Assert.Contains("callee-saved-register: 3 findings; the first 1 are listed.", report.Coverage.Notes);
    }

    [Fact]
    public void A_record_length_running_past_eh_frame_ends_the_walk_with_a_note()
    {
        var bytes = Bytes("libcxxleak.so");
        var eh = EhFrame(bytes);
        // The first record's length: now far past the section's end.
        BitConverter.TryWriteBytes(bytes.AsSpan((int)eh.Offset, 4), 0x7fff_fff0u);
        var report = Lint(bytes);
        Assert.Contains(report.Coverage.Notes, n => n.StartsWith("unwind tables: the .eh_frame record at offset 0x0 runs past the section", StringComparison.Ordinal));
        Assert.Equal(0, report.Coverage.UnwindEntries);
    }

    [Fact]
    public void Garbage_unwind_tables_and_code_give_no_crash()
    {
        var bytes = Bytes("libcxxleak.so");
        var eh = EhFrame(bytes);
        var text = Section(bytes, ".text");
        var random = new Random(18);
        for (int round = 0; round < 20; round++)
        {
            var copy = (byte[])bytes.Clone();
            random.NextBytes(copy.AsSpan((int)eh.Offset + 24, (int)Math.Min(eh.Size - 24, 256)));
            random.NextBytes(copy.AsSpan((int)text.Offset, (int)Math.Min(text.Size, 512)));
            var report = Lint(copy);
            Assert.Equal("lib.so", report.File.Name);
        }
    }

    private static AbiPortal.Parsers.Elf.ElfSectionHeader EhFrame(byte[] bytes) => Section(bytes, ".eh_frame");

    private static AbiPortal.Parsers.Elf.ElfSectionHeader Section(byte[] bytes, string name) => AbiPortal.Parsers.Elf.ElfFile.Read(bytes).Sections.Single(s => s.Name == name);
}

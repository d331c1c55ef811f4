using AbiPortal.Parsers.Lint;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Lint;

/// <summary>
/// Every rule fires on a library built to break it (tests/fixtures/lint, real gcc, g++ and
/// mingw-w64 builds) and stays silent on its fixed twin, and no other rule fires on either.
/// </summary>
public sealed class LintFixtureTests
{
    /// <summary>Broken library, its fixed twin, the rules the broken one breaks (comma-separated).</summary>
    public static TheoryData<string, string, string> Pairs => new()
    {
        { "libthing.so", "libthing-fixed.so", "aggregate-by-value,allocator-without-release,callback-without-context,callee-saved-register" },
        { "libstack.so", "libstack-fixed.so", "stack-misaligned-call" },
        { "win.dll", "win-fixed.dll", "callee-saved-register,missing-shadow-space" },
        { "libcxxleak.so", "libcxxleak-fixed.so", "exception-crosses-c-boundary,language-type-in-c-signature,runtime-internals-exported" },
        { "libbuf.so", "libbuf-fixed.so", "owned-buffer-without-free" },
        { "libagg.so", "libagg-fixed.so", "aggregate-by-value" },
        { "libmostlyc.so", "libmostlyc-fixed.so", "mangled-exports-in-c-library" },
        { "libbundled.so", "libbundled-fixed.so", "bundled-library-exported" },
        { "libloose.so", "libloose-fixed.so", "unversioned-export" },
    };

    private static LintReport Lint(string name) => Linter.LintFile(TestPaths.Fixture("lint", name), new LintOptions { Demangle = Demangling.Demangler.Demangle });

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Broken_library_breaks_exactly_its_rules_and_the_twin_none(string broken, string fixedTwin, string rules)
    {
        var report = Lint(broken);
        Assert.Equal(rules.Split(',').Order(StringComparer.Ordinal), report.Findings.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal));
        var clean = Lint(fixedTwin);
        Assert.Empty(clean.Findings);
        Assert.Equal("clean", LintTextRenderer.Counts(clean.Summary));
    }

    [Fact]
    public void Clobbered_rbx_is_reported_at_the_instruction_that_writes_it()
    {
        var finding = Assert.Single(Lint("libthing.so").Findings, f => f.Rule == "callee-saved-register");
        Assert.Equal("thing_fast", finding.Symbol);
        Assert.Equal("mov rbx, 0x7b", finding.Instruction);
        Assert.Equal(LintLevel.Error, finding.Level);
        Assert.Contains("writes rbx", finding.Message, StringComparison.Ordinal);
        // The address is the instruction's, which is the symbol's first byte here.
        var export = Snapshots.SnapshotReader.ReadFile(TestPaths.Fixture("lint", "libthing.so")).Exports.Single(e => e.Name == "thing_fast");
        Assert.Equal(export.Address, finding.Address);
    }

    [Fact]
    public void Misaligned_call_names_the_call_and_how_far_off_rsp_is()
    {
        var finding = Assert.Single(Lint("libstack.so").Findings);
        Assert.Equal(("stack_call", "call rax", "stack-misaligned-call"), (finding.Symbol, finding.Instruction, finding.Rule));
        Assert.Contains("rsp 8 bytes past a 16-byte boundary", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_exports_are_held_to_the_Microsoft_x64_rules()
    {
        var report = Lint("win.dll");
        Assert.Equal("windows", report.Coverage.CallingConvention);
        Assert.Equal(["rdi", "rsi", "xmm6"], report.Findings.Where(f => f.Rule == "callee-saved-register").Select(f => f.Message.Split(' ')[1]).Order(StringComparer.Ordinal));
        var shadow = Assert.Single(report.Findings, f => f.Rule == "missing-shadow-space");
        Assert.Equal("win_call", shadow.Symbol);
        Assert.Contains("with 8 bytes allocated", shadow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_escaping_an_extern_C_function_is_found_in_its_LSDA()
    {
        var finding = Assert.Single(Lint("libcxxleak.so").Findings, f => f.Rule == "exception-crosses-c-boundary");
        Assert.Equal("cxx_parse", finding.Symbol);
        Assert.Contains("__gxx_personality_v0", finding.Message, StringComparison.Ordinal);
        Assert.Contains("no landing pad", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catch_all_handlers_whose_bookkeeping_calls_have_no_landing_pad_let_nothing_out()
    {
        // cxx_parse and cxx_push of the twin catch (...); GCC lists __cxa_end_catch in a range without a landing pad.
        var report = Lint("libcxxleak-fixed.so");
        Assert.Contains("exception-crosses-c-boundary", report.Coverage.Rules);
        Assert.True(report.Coverage.UnwindEntries > 0);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Bundled_zlib_names_its_exports_and_the_std_instantiations_are_grouped()
    {
        var bundled = Assert.Single(Lint("libbundled.so").Findings);
        Assert.Equal(["zlibVersion", "crc32", "adler32"], bundled.Symbols);
        var runtime = Assert.Single(Lint("libcxxleak.so").Findings, f => f.Rule == "runtime-internals-exported");
        Assert.StartsWith("exports 3 std:: symbols", runtime.Message, StringComparison.Ordinal);
        Assert.All(runtime.Symbols!, s => Assert.StartsWith("_ZN", s, StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_says_what_it_could_not_check()
    {
        var report = Lint("win.dll");
        Assert.Contains(report.Coverage.Skipped, s => s.StartsWith("exception-crosses-c-boundary: no .eh_frame", StringComparison.Ordinal));
        var elf = Lint("libloose.so");
        Assert.Contains(elf.Coverage.Skipped, s => s == "missing-shadow-space: applies to Windows x64 only");
    }

    [Fact]
    public void The_done_when_library_gets_four_findings_each_with_its_place_and_reason()
    {
        var findings = Lint("libthing.so").Findings;
        Assert.Equal(4, findings.Count);
        Assert.All(findings, f => Assert.NotNull(f.Address));
        Assert.Equal("long thing_sum(struct pair p)", findings.Single(f => f.Rule == "aggregate-by-value").Signature);
        Assert.Equal("struct thing * thing_new(int size)", findings.Single(f => f.Rule == "allocator-without-release").Signature);
        Assert.Equal("void thing_set_logger(void (*log)(int, const char *))", findings.Single(f => f.Rule == "callback-without-context").Signature);
        // The assembly export has no debug info of its own: no made-up signature.
        Assert.Null(findings.Single(f => f.Rule == "callee-saved-register").Signature);
    }

    [Theory]
    [InlineData("agg_ints", "takes parameter 1 `v` as struct ints (16 bytes) by value: passed in two general-purpose registers (INTEGER, INTEGER).")]
    [InlineData("agg_doubles", "takes parameter 1 `v` as struct doubles (16 bytes) by value: passed in two SSE registers (SSE, SSE).")]
    [InlineData("agg_mixed", "takes parameter 1 `v` as struct mixed (16 bytes) by value: passed split across a general-purpose and an SSE register (INTEGER, SSE).")]
    [InlineData("agg_floats_int", "takes parameter 1 `v` as struct floats_int (12 bytes) by value: passed split across a general-purpose and an SSE register (SSE, INTEGER).")]
    [InlineData("agg_union", "takes parameter 1 `v` as union number (4 bytes) by value: passed in one general-purpose register (INTEGER).")]
    [InlineData("agg_big", "takes parameter 1 `v` as struct big (24 bytes) by value: copied onto the stack (MEMORY class, larger than 16 bytes).")]
    [InlineData("agg_make_big", "returns struct big (24 bytes) by value: returned through a hidden pointer to caller memory (sret: MEMORY class, larger than 16 bytes; the pointer goes in rdi and comes back in rax).")]
    [InlineData("agg_make_ints", "returns struct ints (16 bytes) by value: returned in rax and rdx (INTEGER, INTEGER).")]
    [InlineData("agg_extended", "takes parameter 1 `v` as struct extended (16 bytes) by value: copied onto the stack (MEMORY class, it holds a long double (X87 class)).")]
    [InlineData("agg_unaligned", "takes parameter 1 `v` as struct unaligned (5 bytes) by value: copied onto the stack (MEMORY class, an unaligned member).")]
    public void Aggregates_are_classified_as_the_System_V_psABI_says(string symbol, string message)
        => Assert.Equal(message, Assert.Single(Lint("libagg.so").Findings, f => f.Symbol == symbol).Message);
}

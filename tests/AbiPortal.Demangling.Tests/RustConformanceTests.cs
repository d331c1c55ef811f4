using AbiPortal.Parsers.Demangling.Rust;
using AbiPortal.Tests;
using Xunit;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// rustc-demangle 0.1.27's tests (rust.tsv <c>{}</c>, rust-alt.tsv <c>{:#}</c>) and LLVM 21's
/// rust.test (rust-llvm.tsv). A row whose expectation equals its input must be rejected. Pass
/// counts are reported; the test fails below the recorded threshold, which is only ever raised.
/// </summary>
public sealed class RustConformanceTests(ITestOutputHelper log)
{
    private const int RustThreshold = 35;
    private const int RustAltThreshold = 73;
    private const int RustLlvmThreshold = 151;

    /// <summary>
    /// The shared data's README names this row: LLVM prints two spaces in "dyn for&lt;'b&gt;  + 'a"
    /// (as rustc-demangle does) while its test text, through FileCheck's folding, shows one.
    /// </summary>
    private const string KnownDifferentLlvmRow = "_RIC5traitFG_DG_EL0_EuE";

    [SharedDataFact]
    public void DefaultFormMatchesRustcDemangle() => Check("rust.tsv", RustStyle.Default, RustThreshold);

    [SharedDataFact]
    public void AlternateFormMatchesRustcDemangle() => Check("rust-alt.tsv", RustStyle.Alternate, RustAltThreshold);

    [SharedDataFact]
    public void LlvmFormMatchesLlvmRustDemangle() => Check("rust-llvm.tsv", RustStyle.Llvm, RustLlvmThreshold);

    private void Check(string file, RustStyle style, int threshold)
    {
        var all = VectorFile.Read(file);

        var rows = all
            .Where(row => row[0] != KnownDifferentLlvmRow || style != RustStyle.Llvm)
            .ToList();
        var failures = new List<string>();
        foreach (string[] row in rows)
        {
            bool ok = RustDemangler.TryDemangle(row[0], style, out string? text);
            bool expectRejected = row[1] == row[0];
            if (expectRejected ? ok : !ok || text != row[1])
            {
                failures.Add($"{row[0]}\n  want {(expectRejected ? "(rejected)" : row[1])}\n  got  {(ok ? text : "(rejected)")}");
            }
        }

        int passed = rows.Count - failures.Count;
        string summary = $"{file}: {passed}/{rows.Count} pass (threshold {threshold})";
        log.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (string failure in failures)
        {
            log.WriteLine(failure);
        }

        Assert.True(passed >= threshold, summary);
    }
}

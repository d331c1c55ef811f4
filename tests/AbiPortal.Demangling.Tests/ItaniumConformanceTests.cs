using AbiPortal.Parsers.Demangling.Itanium;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// LLVM 21's libcxxabi demangler test vectors (../shared/testdata/demangle). The thresholds only go up:
/// raise them when the demangler improves so a regression fails the build.
/// </summary>
public sealed class ItaniumConformanceTests(ITestOutputHelper output)
{
    /// <summary>Rows of itanium.tsv that must demangle exactly as LLVM does (of 29,917).</summary>
    private const int ItaniumThreshold = 29917;

    [SharedDataFact]
    public void Itanium_vectors_demangle_as_llvm_does()
    {
        var rows = VectorFile.Read("itanium.tsv");

        int passed = 0;
        var failures = new List<string>();
        foreach (var row in rows)
        {
            string expected = row[1];
            string actual = ItaniumDemangler.TryDemangle(row[0], out string? d) ? d! : row[0];
            if (actual == expected)
            {
                passed++;
            }
            else
            {
                failures.Add($"{row[0]}\n  want: {expected}\n  got:  {actual}");
            }
        }

        VectorFile.Report(output, "itanium.tsv", passed, rows.Count);
        VectorFile.DumpFailures("itanium", failures);
        Assert.True(passed >= ItaniumThreshold, $"itanium.tsv: {passed}/{rows.Count} passed, threshold {ItaniumThreshold}");
    }

    [SharedDataFact]
    public void Itanium_invalid_vectors_are_all_rejected()
    {
        var rows = VectorFile.Read("itanium-invalid.tsv");

        int rejected = 0, total = 0;
        var failures = new List<string>();
        foreach (var row in rows)
        {
            // "!LDBL_FP80" rows are only invalid where long double is not x87; x86-64 Linux demangles them.
            if (row.Length > 1 && row[1] == "!LDBL_FP80")
            {
                continue;
            }

            total++;
            string input = VectorFile.Unescape(row[0]);
            if (!ItaniumDemangler.TryDemangle(input, out string? d))
            {
                rejected++;
            }
            else
            {
                failures.Add($"{row[0]}\n  got: {d}");
            }
        }

        VectorFile.Report(output, "itanium-invalid.tsv", rejected, total);
        VectorFile.DumpFailures("itanium-invalid", failures);
        Assert.Equal(total, rejected);
    }

    [SharedDataFact]
    public void Float_literals_print_as_one_of_the_accepted_hex_forms()
    {
        var rows = VectorFile.Read("itanium-fp-literals.tsv");

        int passed = 0, total = 0;
        foreach (var row in rows)
        {
            // x86-64: long double is x87 80-bit, so LDBL_FP128 rows do not apply.
            if (row[1] == "LDBL_FP128")
            {
                continue;
            }

            total++;
            if (ItaniumDemangler.TryDemangle(row[0], out string? d) && row.Skip(2).Contains(d))
            {
                passed++;
            }
        }

        VectorFile.Report(output, "itanium-fp-literals.tsv", passed, total);
        Assert.Equal(total, passed);
    }
}

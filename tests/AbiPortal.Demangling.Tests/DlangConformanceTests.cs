using AbiPortal.Parsers.Demangling;
using Xunit;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// LLVM 21's D vectors (dlang.tsv) through the scheme-detecting entry, the path the CLI, the tables
/// and the diff use. A row whose expectation equals its input must not demangle.
/// </summary>
public sealed class DlangConformanceTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Dlang_vectors_demangle_as_llvm()
    {
        var rows = VectorFile.Read("dlang.tsv");
        var failures = new List<string>();
        foreach (string[] row in rows)
        {
            string actual = Demangler.Demangle(row[0]) ?? row[0];
            if (actual != row[1])
            {
                failures.Add($"{row[0]} want '{row[1]}' got '{actual}'");
            }
        }

        VectorFile.Report(output, "dlang.tsv", rows.Count - failures.Count, rows.Count);
        Assert.True(rows.Count >= 27, "dlang.tsv should hold LLVM's 27 cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

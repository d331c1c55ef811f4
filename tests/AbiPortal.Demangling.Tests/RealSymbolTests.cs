using AbiPortal.Parsers.Demangling;
using AbiPortal.Tests;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Our own set: symbols exported by real C++ libraries (LLVM, Clang, libstdc++, Boost, gRPC,
/// libabigail), checked against llvm-cxxfilt (Data/build-real-symbols.sh rebuilds it).
/// </summary>
public sealed class RealSymbolTests(ITestOutputHelper output)
{
    [Fact]
    public void Real_library_symbols_demangle_as_llvm_cxxfilt_does()
    {
        string data = Path.Combine(TestPaths.RepoRoot, "tests", "AbiPortal.Demangling.Tests", "Data");
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReadRows(Path.Combine(data, "real-symbols.tsv")))
        {
            expected[row[0]] = row[1];
        }

        // Reviewed rows where LLVM 14's output differs from LLVM 21's, the reference.
        foreach (var row in ReadRows(Path.Combine(data, "real-symbols-llvm21.tsv")))
        {
            Assert.True(expected.ContainsKey(row[0]), $"override for a symbol not in the set: {row[0]}");
            expected[row[0]] = row[1];
        }

        Assert.True(expected.Count > 3000, "the real-symbol set should hold a few thousand names");
        var failures = new List<string>();
        foreach (var (mangled, text) in expected)
        {
            string actual = Demangler.Demangle(mangled) ?? mangled;
            if (actual != text)
            {
                failures.Add($"{mangled}\n  want: {text}\n  got:  {actual}");
            }
        }

        VectorFile.Report(output, "real-symbols.tsv", expected.Count - failures.Count, expected.Count);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    private static IEnumerable<string[]> ReadRows(string path)
        => File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}

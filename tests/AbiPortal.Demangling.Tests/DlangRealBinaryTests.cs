using AbiPortal.Parsers.Demangling;
using AbiPortal.Tests;
using Xunit;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Symbols from real objects: Data/dlang/names.d compiled by LDC and GDC, each paired by
/// Data/dlang/build.sh with GNU c++filt's D demangler; names-reviewed.tsv overrides the rows GNU
/// cannot read and we can. Every one must match, through the entry every caller uses.
/// </summary>
public sealed class DlangRealBinaryTests(ITestOutputHelper log)
{
    [Fact]
    public void SymbolsFromLdcAndGdcObjectsMatchGnuCxxfilt()
    {
        var expected = ReadExpected();
        Assert.True(expected.Count > 100, $"names.tsv has only {expected.Count} rows; rebuild it with build.sh");

        var failures = new List<string>();
        foreach (var (mangled, text) in expected)
        {
            string actual = Demangler.Demangle(mangled) ?? mangled;
            if (actual != text)
            {
                failures.Add($"{mangled}\n  want {text}\n  got  {actual}");
            }
        }

        log.WriteLine($"names.tsv: {expected.Count - failures.Count}/{expected.Count} match");
        failures.ForEach(log.WriteLine);
        Assert.Empty(failures);
    }

    /// <summary>names.tsv with the reviewed rows of names-reviewed.tsv laid over it.</summary>
    internal static Dictionary<string, string> ReadExpected()
    {
        string folder = Path.Combine(TestPaths.RepoRoot, "tests", "AbiPortal.Demangling.Tests", "Data", "dlang");
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string[] row in ReadRows(Path.Combine(folder, "names.tsv")))
        {
            expected[row[0]] = row[1];
        }

        foreach (string[] row in ReadRows(Path.Combine(folder, "names-reviewed.tsv")))
        {
            Assert.True(expected.TryGetValue(row[0], out string? gnu) && gnu == row[0], $"reviewed row not left raw by c++filt in names.tsv: {row[0]}");
            expected[row[0]] = row[1];
        }

        return expected;
    }

    private static IEnumerable<string[]> ReadRows(string path)
        => File.ReadLines(path).Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t'));
}

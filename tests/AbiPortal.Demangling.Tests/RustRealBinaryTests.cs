using AbiPortal.Parsers.Demangling.Rust;
using AbiPortal.Tests;
using Xunit;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Symbols from real objects: Data/rust/names.rs compiled by rustc with legacy and v0 mangling,
/// each paired by Data/rust/build.sh with GNU c++filt (rustc-demangle's forms) or llvm-cxxfilt
/// (LLVM's form). Every one must match.
/// </summary>
public sealed class RustRealBinaryTests(ITestOutputHelper log)
{
    [Fact]
    public void SymbolsFromRustcObjectsMatchReferenceDemanglers()
    {
        string path = Path.Combine(TestPaths.RepoRoot, "tests", "AbiPortal.Demangling.Tests", "Data", "rust", "names.tsv");
        var rows = File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
        Assert.True(rows.Count > 100, $"names.tsv has only {rows.Count} rows; rebuild it with build.sh");

        var failures = new List<string>();
        foreach (string[] row in rows)
        {
            RustStyle style = row[1] switch
            {
                "default" => RustStyle.Default,
                "alt" => RustStyle.Alternate,
                _ => RustStyle.Llvm,
            };
            string? text = RustDemangler.TryDemangle(row[0], style, out string? demangled) ? demangled : null;
            if (text != row[2])
            {
                failures.Add($"{row[0]} ({row[1]})\n  want {row[2]}\n  got  {text}");
            }
        }

        log.WriteLine($"names.tsv: {rows.Count - failures.Count}/{rows.Count} match");
        failures.ForEach(log.WriteLine);
        Assert.Empty(failures);
    }
}

using AbiPortal.Parsers.Demangling.Microsoft;
using AbiPortal.Tests;
using Xunit;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Names from real objects: Data/msvc/names.cpp compiled by clang for the MSVC ABI (x64 and
/// x86), each paired with llvm-undname's output by Data/msvc/build.sh. Every one must match.
/// </summary>
public sealed class MicrosoftRealBinaryTests(ITestOutputHelper log)
{
    [Fact]
    public void NamesFromClangMsvcObjectsMatchLlvmUndname()
    {
        string path = Path.Combine(TestPaths.RepoRoot, "tests", "AbiPortal.Demangling.Tests", "Data", "msvc", "names.tsv");
        var rows = File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
        Assert.True(rows.Count > 200, $"names.tsv has only {rows.Count} rows; rebuild it with build.sh");

        var failures = new List<string>();
        foreach (string[] row in rows)
        {
            string? text = MicrosoftDemangler.TryDemangle(row[0], out string? demangled) ? demangled : null;
            if (text != row[1])
            {
                failures.Add($"{row[0]}\n  want {row[1]}\n  got  {text}");
            }
        }

        log.WriteLine($"names.tsv: {rows.Count - failures.Count}/{rows.Count} match llvm-undname");
        failures.ForEach(log.WriteLine);
        Assert.Empty(failures);
    }
}

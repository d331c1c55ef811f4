using AbiPortal.Parsers.Demangling;
using AbiPortal.Tests;
using Xunit;
using Xunit.Abstractions;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Every name taken from real binaries (Itanium, Microsoft, Rust, D, and the names of the tool
/// listings the stdin filter is tested with) through <see cref="Demangler"/>, the entry the CLI,
/// the export tables, the diff and symbol search use: each must print as its reference demangler
/// prints it, and a name the reference leaves alone must be left alone.
/// </summary>
public sealed class RealNameSetTests(ITestOutputHelper log)
{
    public static TheoryData<string> SetNames()
    {
        var data = new TheoryData<string>();
        foreach (var set in RealNameSets.Names())
        {
            data.Add(set.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Names_from_real_binaries_demangle_as_their_reference(string setName)
    {
        var set = RealNameSets.Names().Single(s => s.Name == setName);
        var options = new DemangleOptions { RustAlternate = set.RustAlternate };
        var failures = new List<string>();
        foreach (var row in set.Rows)
        {
            string actual = Demangler.Demangle(row.Mangled, options) ?? row.Mangled;
            if (actual != row.Expected)
            {
                failures.Add($"{row.Mangled}\n  want {row.Expected}\n  got  {actual}");
            }
        }

        VectorFile.Report(log, setName, set.Rows.Count - failures.Count, set.Rows.Count);
        failures.Take(20).ToList().ForEach(log.WriteLine);
        Assert.True(set.Rows.Count > 0, "empty set");
        Assert.True(failures.Count == 0, $"{failures.Count} of {set.Rows.Count} differ:\n" + string.Join("\n", failures.Take(10)));
    }
}

using System.Text;
using AbiPortal.Cli.Commands;
using AbiPortal.Parsers.Demangling;
using AbiPortal.Tests;
using Xunit;
using Xunit.Abstractions;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// <c>abiportal demangle</c>'s standard-input filter (<see cref="DemangleStreamFilter"/>, bytes in and
/// out) over the same real-binary sets the library is tested with: every name alone on a line, and
/// the tool listings (nm of a Rust cdylib and dylib, llvm-objdump -p / llvm-readobj / llvm-nm of an
/// MSVC DLL, nm of D objects), line for line against rustfilt, llvm-undname and c++filt.
/// </summary>
public sealed class DemangleFilterSetTests(ITestOutputHelper log)
{
    public static TheoryData<string> SetNames() => Names(RealNameSets.Names().Select(s => s.Name));

    public static TheoryData<string> ListingNames() => Names(RealNameSets.Listings().Select(l => l.Name));

    [Theory]
    [MemberData(nameof(SetNames))]
    public void A_name_per_line_reads_as_the_library_demangles_it(string setName)
    {
        var set = RealNameSets.Names().Single(s => s.Name == setName);
        Check(setName, set.RustAlternate, set.Rows.Select(r => r.Mangled).ToList(), set.Rows.Select(r => r.Expected).ToList());
    }

    [Theory]
    [MemberData(nameof(ListingNames))]
    public void Tool_listings_read_as_the_reference_filter_prints_them(string listingName)
    {
        var listing = RealNameSets.Listings().Single(l => l.Name == listingName);
        Check(listingName, listing.RustAlternate, listing.Input, listing.Expected);
    }

    private void Check(string name, bool alternate, IReadOnlyList<string> input, IReadOnlyList<string> expected)
    {
        var output = new MemoryStream();
        byte[] bytes = Encoding.UTF8.GetBytes(string.Join("\n", input) + "\n");
        DemangleStreamFilter.Run(new MemoryStream(bytes), output, new DemangleOptions { RustAlternate = alternate }, flushEachLine: false);
        string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n');

        Assert.Equal(input.Count + 1, lines.Length);
        var failures = new List<string>();
        for (int i = 0; i < input.Count; i++)
        {
            if (lines[i] != expected[i])
            {
                failures.Add($"line {i + 1}: {input[i]}\n  want {expected[i]}\n  got  {lines[i]}");
            }
        }

        log.WriteLine($"{name}: {input.Count - failures.Count}/{input.Count} lines as the reference");
        Assert.True(failures.Count == 0, $"{failures.Count} of {input.Count} lines differ:\n" + string.Join("\n", failures.Take(10)));
    }

    private static TheoryData<string> Names(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (string name in names)
        {
            data.Add(name);
        }

        return data;
    }
}

namespace AbiPortal.Tests;

/// <summary>
/// The demangling sets taken from real binaries (tests/AbiPortal.Demangling.Tests/Data, each folder
/// with the build.sh that made it), read one way for the library's tests and the stdin filter's, so
/// both are checked against the same names line for line.
/// </summary>
internal static class RealNameSets
{
    /// <summary>A mangled name and the reference demangler's text (equal to the name when it is left as is).</summary>
    public sealed record Row(string Mangled, string Expected);

    /// <summary>Names with their expected text; <see cref="RustAlternate"/> selects Rust's short form.</summary>
    public sealed record NameSet(string Name, bool RustAlternate, IReadOnlyList<Row> Rows);

    /// <summary>A tool's listing (nm, llvm-objdump -p...) and the reference filter's output for it, line for line.</summary>
    public sealed record Listing(string Name, bool RustAlternate, IReadOnlyList<string> Input, IReadOnlyList<string> Expected);

    public static string Data(params string[] parts) => Path.Combine([TestPaths.RepoRoot, "tests", "AbiPortal.Demangling.Tests", "Data", .. parts]);

    /// <summary>Every name set: Itanium (C++ libraries), Microsoft (clang-cl objects), Rust (rustc objects), D (ldc and gdc objects).</summary>
    public static IEnumerable<NameSet> Names()
    {
        yield return new NameSet("itanium real-symbols.tsv", false, Overlay(Rows("real-symbols.tsv", 1), Rows("real-symbols-llvm21.tsv", 1)));
        yield return new NameSet("msvc/names.tsv", false, Rows(Path.Combine("msvc", "names.tsv"), 1));
        var rust = ReadTsv(Data("rust", "names.tsv")).ToList();
        yield return new NameSet("rust/names.tsv {}", false, rust.Where(r => r[1] == "default").Select(r => new Row(r[0], r[2])).ToList());
        yield return new NameSet("rust/names.tsv {:#}", true, rust.Where(r => r[1] == "alt").Select(r => new Row(r[0], r[2])).ToList());
        yield return new NameSet("dlang/names.tsv", false, Overlay(Rows(Path.Combine("dlang", "names.tsv"), 1), Rows(Path.Combine("dlang", "names-reviewed.tsv"), 1)));
        foreach (Listing listing in Listings())
        {
            yield return new NameSet(listing.Name + " names", listing.RustAlternate, ListingNames(listing));
        }
    }

    /// <summary>Every listing: nm of a Rust cdylib and dylib (rustfilt), the Microsoft DLL's exports and objects (llvm-undname), nm of D objects (c++filt).</summary>
    public static IEnumerable<Listing> Listings()
    {
        foreach (string set in new[] { "cdylib-nm", "dylib-nm-D" })
        {
            yield return ReadListing($"rust/{set} | rustfilt -h", false, Data("filter", "rust", set + ".txt"), Data("filter", "rust", set + ".rustfilt-h.txt"));
            yield return ReadListing($"rust/{set} | rustfilt", true, Data("filter", "rust", set + ".txt"), Data("filter", "rust", set + ".rustfilt.txt"));
        }

        foreach (string set in new[] { "objdump-p", "readobj-coff-exports", "nm" })
        {
            yield return ReadListing($"msvc/{set} | llvm-undname", false, Data("filter", "msvc", set + ".txt"), Data("filter", "msvc", set + ".undname.txt"));
        }

        yield return ReadListing("dlang/nm | c++filt", false, Data("dlang", "nm.txt"), Data("dlang", "nm.cxxfilt.txt"));
    }

    /// <summary>
    /// The name of each line of a listing (its last field) with the expected text: the expected
    /// line minus the part before the name, which a filter leaves alone.
    /// </summary>
    public static IReadOnlyList<Row> ListingNames(Listing listing)
    {
        var rows = new List<Row>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < listing.Input.Count; i++)
        {
            string line = listing.Input[i];
            int space = line.LastIndexOf(' ');
            string name = line[(space + 1)..];
            if (name.Length == 0 || !seen.Add(name))
            {
                continue;
            }

            string prefix = line[..(space + 1)];
            if (!listing.Expected[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{listing.Name} line {i + 1}: the expected line does not keep the text before the name");
            }

            rows.Add(new Row(name, listing.Expected[i][prefix.Length..]));
        }

        return rows;
    }

    private static Listing ReadListing(string name, bool alternate, string input, string expected)
    {
        var listing = new Listing(name, alternate, File.ReadAllLines(input), File.ReadAllLines(expected));
        if (listing.Input.Count != listing.Expected.Count)
        {
            throw new InvalidDataException($"{name}: {input} and {expected} differ in length; rebuild them with build.sh");
        }

        return listing;
    }

    private static List<Row> Rows(string file, int expectedColumn)
        => ReadTsv(Data(file)).Select(r => new Row(r[0], r[expectedColumn])).ToList();

    /// <summary><paramref name="rows"/> with <paramref name="reviewed"/> replacing rows of the same name (which must exist).</summary>
    private static List<Row> Overlay(List<Row> rows, List<Row> reviewed)
    {
        var index = rows.Select((row, i) => (row.Mangled, i)).ToDictionary(p => p.Mangled, p => p.i, StringComparer.Ordinal);
        foreach (Row row in reviewed)
        {
            if (!index.TryGetValue(row.Mangled, out int i))
            {
                throw new InvalidDataException($"reviewed row for a name not in the set: {row.Mangled}");
            }

            rows[i] = row;
        }

        return rows;
    }

    private static IEnumerable<string[]> ReadTsv(string path)
        => File.ReadLines(path).Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t'));
}

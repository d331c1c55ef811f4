namespace AbiPortal.Tests;

/// <summary>tests/fixtures/swift/names.tsv: the Swift-named symbols of shapes.c and the text swift-demangle prints for each.</summary>
internal static class SwiftFixtureNames
{
    /// <summary>Each symbol's ELF spelling (Mach-O adds one '_') and its demangled text, null for a C name.</summary>
    public static Dictionary<string, string?> Read()
    {
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(TestPaths.Fixture("swift", "names.tsv")))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                string[] fields = line.Split('\t');
                names.Add(fields[0], fields[1] == "-" ? null : fields[1]);
            }
        }

        return names;
    }
}

using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Mutation;

/// <summary>
/// Every committed binary under tests/fixtures/** (any format a reader claims, found by its first
/// bytes), so that fixtures added for PE, Mach-O and archives join the mutation runs by themselves.
/// </summary>
internal static class FixtureCorpus
{
    /// <summary>Paths relative to tests/fixtures, sorted, so that seeds and run order are stable.</summary>
    public static IReadOnlyList<string> Binaries()
    {
        string root = TestPaths.Fixtures(string.Empty);
        return FileWalk.FixtureBinaries()
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public static byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(TestPaths.Fixtures(string.Empty), relativePath));
}

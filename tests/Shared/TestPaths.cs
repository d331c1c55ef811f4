namespace AbiPortal.Tests;

/// <summary>Where the repository, its fixtures and the shared conformance data are.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder with AbiPortal.sln).</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>tests/fixtures/&lt;area&gt;.</summary>
    public static string Fixtures(string area) => Path.Combine(RepoRoot, "tests", "fixtures", area);

    /// <summary>A fixture file, which must exist (fixtures are committed).</summary>
    public static string Fixture(string area, string name)
    {
        string path = Path.Combine(Fixtures(area), name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fixture {path} is missing; rebuild with tests/fixtures/{area}/build.sh.", path);
        }

        return path;
    }

    /// <summary>
    /// ../shared/testdata beside the repository (third-party conformance data, never copied in).
    /// Returns null when absent on a developer machine; on CI (CI=true) its absence is a failure.
    /// </summary>
    public static string? SharedTestData(string subfolder)
    {
        string path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "testdata", subfolder));
        if (Directory.Exists(path))
        {
            return path;
        }

        if (IsCI)
        {
            throw new DirectoryNotFoundException($"CI must have the shared conformance data at {path}.");
        }

        return null;
    }

    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AbiPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AbiPortal.sln not found above " + AppContext.BaseDirectory);
    }
}

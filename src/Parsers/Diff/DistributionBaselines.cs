namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Which long-term distribution releases a newly required symbol version excludes: the newest
/// Debian, Ubuntu and RHEL releases whose glibc (<c>GLIBC_</c>) or libstdc++ (<c>GLIBCXX_</c>)
/// lacks it. The versions are those the releases shipped (glibc; libstdc++ from the release's
/// system GCC, or the newer libstdc++ Ubuntu's LTS updates carry), so "Debian 11 or older" means
/// a library needing it does not load there without a newer runtime.
/// </summary>
public static class DistributionBaselines
{
    private static readonly (string Release, string Glibc, string Glibcxx)[] Debian =
    [
        ("Debian 9", "2.24", "3.4.22"),
        ("Debian 10", "2.28", "3.4.25"),
        ("Debian 11", "2.31", "3.4.28"),
        ("Debian 12", "2.36", "3.4.30"),
        ("Debian 13", "2.41", "3.4.33"),
    ];

    private static readonly (string Release, string Glibc, string Glibcxx)[] Ubuntu =
    [
        ("Ubuntu 16.04", "2.23", "3.4.21"),
        ("Ubuntu 18.04", "2.27", "3.4.25"),
        ("Ubuntu 20.04", "2.31", "3.4.28"),
        ("Ubuntu 22.04", "2.35", "3.4.30"),
        ("Ubuntu 24.04", "2.39", "3.4.33"),
    ];

    private static readonly (string Release, string Glibc, string Glibcxx)[] Rhel =
    [
        ("RHEL 7", "2.17", "3.4.19"),
        ("RHEL 8", "2.28", "3.4.25"),
        ("RHEL 9", "2.34", "3.4.29"),
        ("RHEL 10", "2.39", "3.4.33"),
    ];

    /// <summary>
    /// <c>not available on Debian 11, Ubuntu 20.04, RHEL 8 or older</c> for <c>GLIBC_2.34</c>;
    /// null for a version family the table does not know or a version every listed release has.
    /// </summary>
    public static string? Describe(string requiredVersion)
    {
        ArgumentNullException.ThrowIfNull(requiredVersion);
        bool glibc = requiredVersion.StartsWith("GLIBC_", StringComparison.Ordinal);
        bool glibcxx = requiredVersion.StartsWith("GLIBCXX_", StringComparison.Ordinal);
        string wanted = requiredVersion[(requiredVersion.IndexOf('_', StringComparison.Ordinal) + 1)..];
        if (!glibc && !glibcxx || wanted.Length == 0 || !wanted.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return null;
        }

        var excluded = new List<string>(3);
        foreach (var family in new[] { Debian, Ubuntu, Rhel })
        {
            string? newestLacking = null;
            foreach (var (release, glibcVersion, glibcxxVersion) in family)
            {
                if (SnapshotDiffer.CompareDottedVersions(glibc ? glibcVersion : glibcxxVersion, wanted) < 0)
                {
                    newestLacking = release;
                }
            }

            if (newestLacking is not null)
            {
                excluded.Add(newestLacking);
            }
        }

        return excluded.Count == 0 ? null : $"not available on {string.Join(", ", excluded)} or older";
    }
}

namespace AbiPortal.Parsers.Snapshots;

/// <summary>A library this binary needs.</summary>
public sealed record SnapshotDependency
{
    /// <summary>As written in the file (DT_NEEDED, DLL name, install name).</summary>
    public required string Name { get; init; }

    public DependencyKind Kind { get; init; } = DependencyKind.Needed;

    /// <summary>ELF: the version names required from this library (.gnu.version_r), e.g. <c>GLIBC_2.34</c>.</summary>
    public IReadOnlyList<string>? RequiredVersions { get; init; }

    /// <summary>Mach-O: current version recorded at link time, x.y.z.</summary>
    public string? CurrentVersion { get; init; }

    /// <summary>Mach-O: compatibility version recorded at link time, x.y.z.</summary>
    public string? CompatibilityVersion { get; init; }
}

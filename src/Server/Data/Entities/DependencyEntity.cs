using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Data.Entities;

/// <summary>One needed library. Key (ArtifactId, Id).</summary>
public sealed class DependencyEntity
{
    public long ArtifactId { get; set; }

    public int Id { get; set; }

    public required string Name { get; set; }

    public DependencyKind Kind { get; set; }

    /// <summary>Required version names joined with commas.</summary>
    public string? RequiredVersions { get; set; }

    public string? CurrentVersion { get; set; }

    public string? CompatibilityVersion { get; set; }

    public string? Member { get; set; }
}

namespace AbiPortal.Server.Data.Entities;

/// <summary>One ELF version definition. Key (ArtifactId, Id).</summary>
public sealed class VersionNodeEntity
{
    public long ArtifactId { get; set; }

    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>vd_ndx.</summary>
    public int VersionIndex { get; set; }

    public bool IsBase { get; set; }

    public bool IsWeak { get; set; }

    /// <summary>Parent version names joined with commas.</summary>
    public string? Parents { get; set; }

    public string? Member { get; set; }
}

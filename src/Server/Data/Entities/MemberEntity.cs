namespace AbiPortal.Server.Data.Entities;

/// <summary>One archive member or fat slice (flattened). Key (ArtifactId, Id).</summary>
public sealed class MemberEntity
{
    public long ArtifactId { get; set; }

    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Format { get; set; }

    public string? Arch { get; set; }

    public required string Kind { get; set; }

    public int ExportCount { get; set; }

    public int ImportCount { get; set; }

    public int DiagnosticCount { get; set; }
}

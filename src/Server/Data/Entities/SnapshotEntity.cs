namespace AbiPortal.Server.Data.Entities;

/// <summary>The whole snapshot JSON of a parsed artifact, for <c>/snapshot</c> and for diffs. Kept apart from the artifact row so lists never load it.</summary>
public sealed class SnapshotEntity
{
    public long ArtifactId { get; set; }

    public required string Json { get; set; }
}

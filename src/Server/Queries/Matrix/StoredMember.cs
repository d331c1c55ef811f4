namespace AbiPortal.Server.Queries;

/// <summary>The member columns the platform view reads: an archive member's or a universal file's slice's format and architecture.</summary>
internal sealed record StoredMember(long ArtifactId, string Name, string Format, string? Arch);

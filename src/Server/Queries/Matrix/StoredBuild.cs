using AbiPortal.Client.Contracts;

namespace AbiPortal.Server.Queries;

/// <summary>The artifact columns the platform view reads.</summary>
internal sealed record StoredBuild(long Id, string FileName, string? Platform, ArtifactStatus Status, string? Format, string? Arch, string? IdentityJson);

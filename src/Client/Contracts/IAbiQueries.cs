namespace AbiPortal.Client.Contracts;

/// <summary>
/// The ABI surface of stored artifacts, read from their debug info (docs/dwarf.md): declarations
/// of the exports, the types and their layouts, and which debug file a stripped binary's surface
/// came from. Methods return null for an unknown artifact (or type).
/// </summary>
public interface IAbiQueries
{
    /// <summary>
    /// The evidence and a page of the exports' declarations whose symbol or declaration contains
    /// <paramref name="q"/>, of the top-level file or of <paramref name="member"/> (a slice, an
    /// object); with none named, of the first member with a surface when only members have one.
    /// Null for an unknown artifact or a member without a surface.
    /// </summary>
    Task<AbiOverview?> GetOverviewAsync(long artifactId, string? q, int page, int pageSize, CancellationToken cancellationToken, string? member = null);

    /// <summary>A page of the surface's named types (struct, class, union, enum, typedef) whose name contains <paramref name="q"/>.</summary>
    Task<PagedResult<AbiTypeRow>?> GetTypesAsync(long artifactId, string? q, int page, int pageSize, CancellationToken cancellationToken, string? member = null);

    /// <summary>One type's layout (pahole-like) with the types it uses and the types using it.</summary>
    Task<AbiTypeLayout?> GetTypeAsync(long artifactId, string typeId, CancellationToken cancellationToken, string? member = null);

    /// <summary>An export's declaration; null when the artifact is unknown, a declaration without text when its debug info lacks it.</summary>
    Task<AbiDeclarationRow?> GetDeclarationAsync(long artifactId, string symbol, ulong? address, CancellationToken cancellationToken, string? member = null);

    /// <summary>How the artifact takes part in build-id pairing: a debug file and its binaries, or a binary and its debug file.</summary>
    Task<DebugLinkInfo?> GetDebugLinkAsync(long artifactId, CancellationToken cancellationToken);
}

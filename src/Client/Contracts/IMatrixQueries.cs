namespace AbiPortal.Client.Contracts;

/// <summary>
/// The platform view: one version of a library across the builds uploaded for each platform.
/// Methods return null for an unknown library or version, or when the version has no ready build.
/// </summary>
public interface IMatrixQueries
{
    /// <summary>The versions of a library with the platforms each was uploaded for, in version order; empty when the library is unknown.</summary>
    Task<IReadOnlyList<PlatformVersion>> ListPlatformVersionsAsync(string library, CancellationToken cancellationToken);

    /// <summary>The whole matrix of one version (for CSV and name look-ups).</summary>
    Task<PlatformMatrix?> GetMatrixAsync(string library, string version, CancellationToken cancellationToken);

    /// <summary>One export across the builds of its version; null when the artifact or export is unknown or has no library and version label.</summary>
    Task<SymbolPlatforms?> GetSymbolPlatformsAsync(long artifactId, int exportId, CancellationToken cancellationToken);
}

namespace AbiPortal.Server.Data.Entities;

/// <summary>
/// The GNU build id (or Mach-O UUID) of a parsed artifact, for pairing stripped binaries with
/// debug files uploaded on their own (docs/api.md, "Debug files"). One row per artifact that has
/// one; deleted with it.
/// </summary>
public sealed class BuildIdEntity
{
    public long ArtifactId { get; set; }

    /// <summary>Lower-case hex, as <c>SnapshotIdentity.BuildId</c> spells it.</summary>
    public required string BuildId { get; set; }

    /// <summary>True for a file holding only debug info (<c>objcopy --only-keep-debug</c>, a dSYM).</summary>
    public bool IsDebugFile { get; set; }

    /// <summary>Binaries: true when the stored snapshot carries an ABI surface (embedded or attached).</summary>
    public bool HasAbi { get; set; }

    /// <summary>Binaries: the debug-file artifact the surface was read from; null when it is embedded or absent.</summary>
    public long? DebugFileId { get; set; }
}

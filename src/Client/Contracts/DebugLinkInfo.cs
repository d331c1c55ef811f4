namespace AbiPortal.Client.Contracts;

/// <summary>
/// An artifact's part in build-id pairing (docs/api.md, "Debug files"): a debug file uploaded on
/// its own waits for, or is attached to, the binaries of its build id; a binary's ABI surface may
/// come from such a debug file.
/// </summary>
/// <param name="BuildId">The GNU build id (or Mach-O UUID).</param>
/// <param name="IsDebugFile">True for a file holding only debug info.</param>
/// <param name="AttachedTo">Debug files: the binaries whose surface was read from it.</param>
/// <param name="Waiting">Debug files: binaries of this build id still without a surface (their debug info did not fit, or they are being paired).</param>
/// <param name="DebugFileId">Binaries: the debug file their surface came from; null when embedded or none.</param>
/// <param name="HasAbi">Binaries: the stored snapshot has an ABI surface.</param>
public sealed record DebugLinkInfo(string BuildId, bool IsDebugFile, IReadOnlyList<ArtifactSummary> AttachedTo, IReadOnlyList<ArtifactSummary> Waiting, long? DebugFileId, bool HasAbi);

namespace AbiPortal.Parsers.Snapshots;

/// <summary>The file a snapshot was read from.</summary>
/// <param name="Name">File name as given (no directories), or the member name inside an archive.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes; null when hashing was switched off.</param>
public sealed record SnapshotFile(string Name, long Size, string? Sha256);

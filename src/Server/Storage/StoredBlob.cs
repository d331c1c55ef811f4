using AbiPortal.Parsers.Detection;

namespace AbiPortal.Server.Storage;

/// <summary>Bytes now in the content-addressed store.</summary>
/// <param name="Sha256">Lower-case hex SHA-256, also the file name.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Format">The format sniffed from the first bytes.</param>
public sealed record StoredBlob(string Sha256, long Size, DetectedFormat Format);

namespace AbiPortal.Client.Contracts;

/// <summary>A library's uploads in version order (oldest first), each judged against the previous one.</summary>
/// <param name="Name">The library label.</param>
/// <param name="Versions">Uploads, ordered by version label (numeric parts compared as numbers), then upload time.</param>
public sealed record LibraryDetail(string Name, IReadOnlyList<LibraryVersion> Versions);

using AbiPortal.Parsers.Detection;

namespace AbiPortal.Server.Storage;

/// <summary>
/// An upload received into <c>tmp/</c>, hashed and sniffed, not yet in the store. Commit it once
/// the request is judged sound (labels valid, caller allowed); dispose it otherwise, which deletes
/// the temporary file. Disposing after a commit does nothing.
/// </summary>
public sealed class PendingBlob : IAsyncDisposable
{
    private readonly ArtifactStore store;
    private readonly string tempPath;
    private StoredBlob? committed;

    internal PendingBlob(ArtifactStore store, string tempPath, string sha256, long size, DetectedFormat format)
    {
        this.store = store;
        this.tempPath = tempPath;
        Sha256 = sha256;
        Size = size;
        Format = format;
    }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; }

    /// <summary>The format sniffed from the first bytes.</summary>
    public DetectedFormat Format { get; }

    /// <summary>Moves the bytes into the content-addressed store (once; later calls return the same blob).</summary>
    public StoredBlob Commit() => committed ??= store.Commit(tempPath, Sha256, Size, Format);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (committed is null)
        {
            ArtifactStore.TryDelete(tempPath);
        }

        return ValueTask.CompletedTask;
    }
}

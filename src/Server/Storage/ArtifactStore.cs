using System.Security.Cryptography;
using AbiPortal.Parsers.Detection;
using AbiPortal.Server.Hosting;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Storage;

/// <summary>
/// Content-addressed files under <c>{DataPath}/artifacts/ab/abcdef...</c>, named by SHA-256 and
/// never by the client's file name. An upload streams to <c>{DataPath}/tmp</c> while being hashed
/// (<see cref="ReceiveAsync"/>); only once the request around it has been judged sound does it
/// move into place (<see cref="PendingBlob.Commit"/>), atomically, so a reader never sees a
/// half-written artifact and two servers on a shared directory can store the same bytes at once.
/// What a crash or a refused request leaves behind is found by <see cref="StoreSweeper"/>.
/// </summary>
public sealed class ArtifactStore(IOptions<PortalOptions> options)
{
    /// <summary>Bytes kept from the start of the stream for format detection (PE headers sit behind the DOS stub, so more than a magic).</summary>
    private const int SniffLength = 64 * 1024;

    private const int CopyBufferSize = 128 * 1024;

    private string Root => options.Value.FullDataPath;

    /// <summary>Where uploads are written while they arrive.</summary>
    public string TempDirectory => Path.Combine(Root, "tmp");

    /// <summary>The content-addressed files, in 256 folders named by the first two hex digits.</summary>
    public string BlobDirectory => Path.Combine(Root, "artifacts");

    /// <summary>Where the bytes with this hash live.</summary>
    public string PathOf(string sha256) => Path.Combine(BlobDirectory, sha256[..2], sha256);

    /// <summary>
    /// Streams <paramref name="content"/> to a temporary file, hashing and sniffing it as it goes.
    /// Throws <see cref="UploadRejectedException"/> for empty, unrecognised or too large content;
    /// whatever goes wrong (a refusal, a client that stops sending), the temporary file is removed.
    /// The caller commits the result or disposes it.
    /// </summary>
    public async Task<PendingBlob> ReceiveAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(TempDirectory);
        string tempPath = Path.Combine(TempDirectory, Guid.NewGuid().ToString("N"));
        long limit = options.Value.UploadLimitBytes;
        byte[] head = new byte[SniffLength];
        int headLength = 0;
        long size = 0;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, FileOptions.Asynchronous))
            {
                byte[] buffer = new byte[CopyBufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > limit)
                    {
                        throw new UploadRejectedException($"The upload is larger than the limit of {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
                    }

                    if (headLength < SniffLength)
                    {
                        int take = Math.Min(read, SniffLength - headLength);
                        buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                        headLength += take;
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
            {
                throw new UploadRejectedException("The upload is empty.");
            }

            var format = FormatDetector.Detect(head.AsSpan(0, headLength));
            if (format == DetectedFormat.Unknown)
            {
                throw new UploadRejectedException("Not a recognised binary format (ELF, PE/COFF, Mach-O, fat Mach-O or ar archive).");
            }

            return new PendingBlob(this, tempPath, Convert.ToHexStringLower(hash.GetHashAndReset()), size, format);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
    }

    /// <summary>
    /// Moves a received file into place under its hash. Bytes already stored are kept and the new
    /// copy dropped, but the stored file's modification time is renewed: the sweep deletes only
    /// unreferenced files untouched for a while, and this upload's row is about to reference it.
    /// </summary>
    internal StoredBlob Commit(string tempPath, string sha256, long size, DetectedFormat format)
    {
        string finalPath = PathOf(sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        if (File.Exists(finalPath))
        {
            Touch(finalPath);
            TryDelete(tempPath);
        }
        else
        {
            // Same volume, so the move is a rename: atomic. Losing a race to another upload of
            // the same bytes is fine, the content is identical.
            try
            {
                File.Move(tempPath, finalPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(finalPath))
            {
                Touch(finalPath);
                TryDelete(tempPath);
            }
        }

        return new StoredBlob(sha256, size, format);
    }

    /// <summary>
    /// Removes the bytes with this hash; true when a file was there. A file already gone (deleted
    /// by another server sharing the directory, or never stored: snapshot-only artifacts) is fine.
    /// </summary>
    public bool Delete(string sha256)
    {
        string path = PathOf(sha256);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Someone removed it between the check and the delete.
            return false;
        }

        return true;
    }

    /// <summary>Deletes a file, ignoring one that is already gone or cannot go now (the sweep retries).</summary>
    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temp file we could not remove is harmless: StoreSweeper takes it later.
        }
    }

    private static void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Deleted meanwhile by another server's sweep: the worker reports the missing file.
        }
    }
}

using System.Security.Cryptography;
using AbiPortal.Parsers.Detection;
using AbiPortal.Server.Hosting;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Storage;

/// <summary>
/// Content-addressed files under <c>{DataPath}/artifacts/ab/abcdef...</c>, named by SHA-256 and
/// never by the client's file name. Uploads stream to a temporary file while being hashed, then
/// move into place atomically, so a reader never sees a half-written artifact and two servers on a
/// shared directory can store the same bytes at once.
/// </summary>
public sealed class ArtifactStore(IOptions<PortalOptions> options)
{
    /// <summary>Bytes kept from the start of the stream for format detection (PE headers sit behind the DOS stub, so more than a magic).</summary>
    private const int SniffLength = 64 * 1024;

    private const int CopyBufferSize = 128 * 1024;

    private string Root => options.Value.FullDataPath;

    /// <summary>Where the bytes with this hash live.</summary>
    public string PathOf(string sha256) => Path.Combine(Root, "artifacts", sha256[..2], sha256);

    /// <summary>
    /// Streams <paramref name="content"/> to disk, hashing as it goes. Throws
    /// <see cref="UploadRejectedException"/> for empty, unrecognised or too large content (nothing is kept).
    /// </summary>
    public async Task<StoredBlob> StoreAsync(Stream content, CancellationToken cancellationToken)
    {
        string tempDirectory = Path.Combine(Root, "tmp");
        Directory.CreateDirectory(tempDirectory);
        string tempPath = Path.Combine(tempDirectory, Guid.NewGuid().ToString("N"));
        long limit = options.Value.UploadLimitBytes;
        byte[] head = new byte[SniffLength];
        int headLength = 0;
        long size = 0;
        string sha;
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

            sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            string finalPath = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
            if (File.Exists(finalPath))
            {
                File.Delete(tempPath);
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
                    File.Delete(tempPath);
                }
            }

            return new StoredBlob(sha, size, format);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
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

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A temp file we could not remove is harmless; the next start does not depend on it.
        }
    }
}

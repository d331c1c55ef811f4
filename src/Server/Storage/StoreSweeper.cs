using AbiPortal.Server.Data;
using AbiPortal.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Storage;

/// <summary>
/// Removes what no artifact row accounts for: files in <c>tmp/</c> (uploads cut off by a crash or
/// a killed process; a refused or abandoned request removes its own) and files in
/// <c>artifacts/</c> whose hash no artifact has (a crash between the move into place and the row,
/// or a deletion that lost its file step). Runs at start-up and on the retention timer.
/// </summary>
/// <remarks>
/// Only files untouched since <c>cutoff</c> are candidates. A live upload keeps writing its temp
/// file, and an upload that lands on bytes already stored renews that file's time before it
/// writes its row (<see cref="ArtifactStore"/>), so neither is taken. At start-up on SQLite (the
/// only process using its data folder) the cutoff is this process's start; otherwise, with other
/// servers perhaps sharing the folder, it is <see cref="PortalOptions.OrphanGrace"/> ago. A blob's
/// time is read again just before it is deleted: the one window left is the microseconds between
/// that read and the delete, on a shared folder.
/// </remarks>
internal sealed partial class StoreSweeper(ArtifactStore store, IServiceScopeFactory scopes, ILogger<StoreSweeper> logger)
{
    /// <summary>Hashes asked about per query.</summary>
    private const int Batch = 500;

    /// <summary>Deletes orphans last written before <paramref name="cutoff"/>; returns how many temp files and blobs went.</summary>
    public async Task<(int TempFiles, int Blobs)> SweepAsync(DateTime cutoff, CancellationToken cancellationToken)
    {
        int temp = SweepTemp(cutoff);
        int blobs = await SweepBlobsAsync(cutoff, cancellationToken);
        if (temp + blobs > 0)
        {
            LogSwept(temp, blobs, cutoff);
        }

        return (temp, blobs);
    }

    private int SweepTemp(DateTime cutoff)
    {
        if (!Directory.Exists(store.TempDirectory))
        {
            return 0;
        }

        int deleted = 0;
        foreach (var file in new DirectoryInfo(store.TempDirectory).EnumerateFiles())
        {
            if (file.LastWriteTimeUtc < cutoff)
            {
                ArtifactStore.TryDelete(file.FullName);
                deleted += File.Exists(file.FullName) ? 0 : 1;
            }
        }

        return deleted;
    }

    private async Task<int> SweepBlobsAsync(DateTime cutoff, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(store.BlobDirectory))
        {
            return 0;
        }

        var candidates = new List<FileInfo>();
        foreach (var folder in new DirectoryInfo(store.BlobDirectory).EnumerateDirectories())
        {
            candidates.AddRange(folder.EnumerateFiles().Where(f => f.Name.Length == 64 && f.LastWriteTimeUtc < cutoff));
        }

        int deleted = 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        foreach (var chunk in candidates.Chunk(Batch))
        {
            string[] hashes = [.. chunk.Select(f => f.Name)];
            var referenced = (await db.Artifacts.AsNoTracking().Where(a => hashes.Contains(a.Sha256)).Select(a => a.Sha256).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            foreach (var file in chunk.Where(f => !referenced.Contains(f.Name)))
            {
                file.Refresh();
                if (file.Exists && file.LastWriteTimeUtc < cutoff)
                {
                    ArtifactStore.TryDelete(file.FullName);
                    deleted += File.Exists(file.FullName) ? 0 : 1;
                }
            }
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {TempFiles} abandoned temp files and {Blobs} unreferenced stored files last written before {Cutoff:O}")]
    private partial void LogSwept(int tempFiles, int blobs, DateTime cutoff);
}

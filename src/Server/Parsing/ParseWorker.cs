using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Hosting;
using AbiPortal.Server.Storage;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// One parse worker (the host runs <see cref="PortalOptions.Workers"/> of them). Each job gets its
/// own DI scope (its own DbContext) and a timeout; the stopping token reaches every await and the
/// parse itself (which stops when it is cancelled), and a job interrupted by shutdown goes back
/// to the queue.
/// </summary>
internal sealed partial class ParseWorker(int index, IServiceScopeFactory scopes, ParseSignal signal, ServerInstance instance, IOptions<PortalOptions> options, ILogger<ParseWorker> logger) : BackgroundService
{
    private readonly string workerId = instance.WorkerId(index);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first claim.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            bool worked;
            try
            {
                worked = await RunOneAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
            {
                // The database went away for a moment (restart, failover): keep the worker alive and retry after a poll.
                LogQueueError(ex);
                worked = false;
            }

            if (!worked)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and runs one job; false when the queue was empty.</summary>
    private async Task<bool> RunOneAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<ParseQueue>();
        var claim = await queue.ClaimAsync(workerId, stoppingToken);
        if (claim is null)
        {
            return false;
        }

        if (claim.Attempts > options.Value.MaxAttempts)
        {
            await queue.FailAsync(claim, $"Gave up after {claim.Attempts - 1} attempts that never finished.", stoppingToken);
            return true;
        }

        var store = scope.ServiceProvider.GetRequiredService<ArtifactStore>();
        var ingestor = scope.ServiceProvider.GetRequiredService<SnapshotIngestor>();
        var pairing = scope.ServiceProvider.GetRequiredService<DebugPairing>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(options.Value.JobTimeout);
        try
        {
            string path = store.PathOf(claim.Sha256);

            // The readers are synchronous and bounded by ParseLimits; they check the token as they
            // go, so a timed-out (or shut-down) parse stops and frees its core instead of running on
            // unobserved. The workers share the machine: each parse gets its share of the cores.
            var readOptions = new SnapshotReadOptions
            {
                CancellationToken = timeout.Token,
                Limits = options.Value.ParseLimits,
                MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / Math.Max(1, options.Value.Workers)),
                // Only the debug info inside the upload: the server's own /usr/lib/debug and the
                // store's other blobs are not the uploader's, so no separate file is looked for.
                DebugInfo = DebugInfoOptions.EmbeddedOnly,
            };
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            var snapshot = await Task.Run(() => SnapshotReader.ReadFile(path, readOptions), timeout.Token);
            var read = System.Diagnostics.Stopwatch.GetElapsedTime(started);

            // The timer behind CancelAfter runs on the thread pool and can fire late when the pool
            // is busy (CI saw a 1 ms timeout still unfired after 100 ms), and a small file can be
            // read between two of the reader's checks: a parse that overran is failed all the same.
            if (read > options.Value.JobTimeout)
            {
                await timeout.CancelAsync();
            }

            timeout.Token.ThrowIfCancellationRequested();
            snapshot = snapshot with { File = snapshot.File with { Name = claim.FileName } };

            // Debug info only (objcopy --only-keep-debug, a dSYM): stored as the debug file of its
            // build id. A binary without a surface takes one from its debug file when it is here.
            // Told by its sections, not by whether its DWARF could be read: a debug file whose
            // .debug_info is cut short or over the caps is still no binary, and must not take the
            // surface of another upload with its build id.
            bool isDebugFile = snapshot.Format is BinaryFormat.Elf or BinaryFormat.MachO or BinaryFormat.Fat
                && DebugPairing.Identify(path, readOptions.Limits).IsDebugOnly;
            long? debugFileId = null;
            if (!isDebugFile)
            {
                (snapshot, debugFileId) = await pairing.AttachAtIngestAsync(snapshot, readOptions, timeout.Token);
            }

            var facts = new IngestFacts(PairingKeys.Of(snapshot), isDebugFile, debugFileId);
            if (isDebugFile && facts.BuildId is { } buildId)
            {
                // Before the debug file shows as ready, so that whoever waits for it finds its binaries paired.
                await pairing.PairWaitingBinariesAsync(claim.ArtifactId, buildId, claim.Sha256, claim.FileName, readOptions, timeout.Token);
            }

            if (!await ingestor.StoreAsync(claim, snapshot, null, facts, timeout.Token))
            {
                LogLostClaim(claim.ArtifactId);
            }
            else
            {
                if (debugFileId is { } attachedFrom)
                {
                    await pairing.AttachedAsync(attachedFrom);
                }
                else if (facts.BuildId is { } id && (isDebugFile || !PairingKeys.HasSurface(snapshot)))
                {
                    // The partner may have been stored while this file was parsed: look again now.
                    await pairing.PairLateAsync(id, readOptions, timeout.Token);
                }

                // Where upload -> ready goes (issue 7's 3 s goal): bench/server/run.sh prints this line.
                LogParsed(claim.ArtifactId, snapshot.Exports.Count, read.TotalMilliseconds, (System.Diagnostics.Stopwatch.GetElapsedTime(started) - read).TotalMilliseconds);

                // After it shows as ready, not before: the contract report (a second of CPU for
                // libLLVM, with its own timeout) is stored so that the first view of a diff's new
                // findings reads it instead of linting both files. A debug file has no code to lint.
                if (!isDebugFile)
                {
                    await scope.ServiceProvider.GetRequiredService<Queries.Lint.ContractQueries>().StoreAsync(claim.ArtifactId, snapshot, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await queue.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            await queue.FailAsync(claim, $"Parsing took longer than the job timeout ({options.Value.JobTimeout}).", stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in a reader must fail this one job, visibly, not the worker.
            LogJobCrashed(ex, claim.ArtifactId);
            await queue.FailAsync(claim, $"The parser failed: {ex.GetType().Name}: {ex.Message}", stoppingToken);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Artifact {ArtifactId}: {Exports} exports, read {ReadMs:F0} ms, stored {StoreMs:F0} ms")]
    private partial void LogParsed(long artifactId, int exports, double readMs, double storeMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse queue error; retrying")]
    private partial void LogQueueError(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Artifact {ArtifactId}: claim taken over by another worker; result discarded")]
    private partial void LogLostClaim(long artifactId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Artifact {ArtifactId}: parse job crashed")]
    private partial void LogJobCrashed(Exception exception, long artifactId);
}

using System.Diagnostics;
using AbiPortal.Parsers.Detection;
using AbiPortal.Parsers.Tests.Mutation;

namespace AbiPortal.Fuzz;

/// <summary>
/// One worker thread: takes the next input index, mutates, reads it under the bounds and records
/// what it saw. The watchdog reads <see cref="Started"/> and cancels <see cref="Cancel"/> when a
/// read runs past the hang limit; the read then ends with OperationCanceledException.
/// </summary>
internal sealed class FuzzWorker(FuzzOptions options, Corpus corpus, Findings findings, Func<long> next)
{
    private CancellationTokenSource _cancel = new();

    /// <summary>Stopwatch timestamp of the read in progress, 0 between reads.</summary>
    public long Started;

    public string? Label { get; private set; }

    public byte[]? Data { get; private set; }

    public FuzzStats Stats { get; } = new();

    public void Cancel() => _cancel.Cancel();

    public void Run()
    {
        long index;
        while ((index = next()) >= 0)
        {
            var (label, data) = corpus.Input(index);
            (Label, Data) = (label, data);
            var format = FormatDetector.Detect(data);
            Volatile.Write(ref Started, Stopwatch.GetTimestamp());
            try
            {
                var elapsed = Read(data, out long allocated);
                Stats.Record(format, label, data.Length, allocated, elapsed);
                if (elapsed > options.TimeLimit && Read(data, out _) > options.TimeLimit)
                {
                    findings.Add("slow", format.ToString(), label, data, $"{elapsed.TotalMilliseconds:F0} ms, twice over the limit of {options.TimeLimit.TotalMilliseconds:F0} ms");
                }
            }
            catch (ReadBoundException ex)
            {
                findings.Add("alloc", format.ToString(), label, data, ex.Message);
            }
            catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
            {
                findings.Add("hang", format.ToString(), label, data, $"still reading after {options.HangLimit.TotalSeconds:F0} s; cancelled");
                _cancel.Dispose();
                _cancel = new CancellationTokenSource();
            }
            catch (Exception ex)
            {
                string where = new StackTrace(ex).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("AbiPortal.Parsers", StringComparison.Ordinal) == true) is { } m ? $"{m.DeclaringType!.Name}.{m.Name}" : "?";
                findings.Add("crash", $"{ex.GetType().Name} in {where}", label, data, $"{ex.GetType().Name} in {where}: {ex.Message}");
            }

            Volatile.Write(ref Started, 0);
        }
    }

    private TimeSpan Read(byte[] data, out long allocated)
    {
        long t0 = Stopwatch.GetTimestamp();
        (_, allocated) = ReadBounds.Read(data, ReadBounds.Options with { CancellationToken = _cancel.Token });
        return Stopwatch.GetElapsedTime(t0);
    }
}

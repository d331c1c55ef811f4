using System.Collections.Concurrent;
using System.Diagnostics;

namespace AbiPortal.Parsers.Tests.Mutation;

/// <summary>
/// Runs <see cref="SnapshotReader.Read"/> over many inputs on dedicated worker threads with a
/// watchdog: an exception, an allocation over <see cref="ReadBounds"/> or a run longer than the
/// time limit is a failure. A hung worker cannot be killed, so it is abandoned (background
/// thread) and the batch reports it.
/// </summary>
internal static class GuardedReader
{
    public static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(10);

    /// <summary>Reads every input; returns one line per failure (empty when all were read cleanly).</summary>
    public static IReadOnlyList<string> ReadAll(int count, Func<int, (string Label, byte[] Data)> input)
        => ReadAll(count, input, data => ReadBounds.Read(data), RunLimit);

    /// <summary>The same with any reader and time limit (the harness's own tests use a throwing and a hanging one).</summary>
    public static IReadOnlyList<string> ReadAll(int count, Func<int, (string Label, byte[] Data)> input, Action<byte[]> read, TimeSpan limit, bool save = true)
    {
        var failures = new ConcurrentQueue<string>();
        int next = -1;
        int workers = Math.Max(1, Environment.ProcessorCount);
        var started = new long[workers];
        var labels = new string?[workers];
        var threads = new Thread[workers];
        for (int w = 0; w < workers; w++)
        {
            int id = w;
            threads[w] = new Thread(() =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count && failures.IsEmpty)
                {
                    var (label, data) = input(i);
                    labels[id] = label;
                    Volatile.Write(ref started[id], Stopwatch.GetTimestamp());
                    try
                    {
                        read(data);
                    }
                    catch (Exception ex)
                    {
                        failures.Enqueue($"{label}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
                        if (save)
                        {
                            SaveFailure(label, data);
                        }
                    }

                    Volatile.Write(ref started[id], 0);
                }
            }) { IsBackground = true, Name = "mutation-" + w };
            threads[w].Start();
        }

        while (threads.Any(t => t.IsAlive))
        {
            Thread.Sleep(50);
            for (int w = 0; w < workers; w++)
            {
                long t0 = Volatile.Read(ref started[w]);
                if (t0 != 0 && Stopwatch.GetElapsedTime(t0) > limit && labels[w] is { } label)
                {
                    failures.Enqueue($"{label}: still running after {limit.TotalSeconds} s (hang)");
                    return failures.ToArray();
                }
            }
        }

        return failures.ToArray();
    }

    /// <summary>Keeps a failing input where a developer can copy it into tests/fixtures/regressions.</summary>
    private static void SaveFailure(string label, byte[] data)
    {
        string folder = Path.Combine(Path.GetTempPath(), "abiportal-mutation-failures");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, string.Concat(label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".bin"), data);
    }
}

using System.Diagnostics;
using System.Globalization;
using AbiPortal.Fuzz;
using AbiPortal.Parsers.Tests.Mutation;
using AbiPortal.Tests;

// The in-process fuzz driver (bench/README.md, "fuzz"). Exit status: 0 no finding, 1 findings,
// 2 usage, 3 a read that ignored its cancellation (the process cannot stop that thread).
FuzzOptions options;
try
{
    options = FuzzOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine($"fuzz: {ex.Message}\nusage: dotnet run -c Release --project bench/fuzz -- [--runs N] [--start I] [--threads T] [--time-limit-ms MS] [--hang-limit-s S] [--out DIR] [--keep K] [--seeds DIR]... [--reproduce FIXTURE#RUN]...");
    return 2;
}

var corpus = Corpus.Load(options.Seeds);
if (options.Reproduce.Count > 0)
{
    // Rebuilds named inputs (a finding's label) and reads each once, for the regression folder.
    string folder = options.Output ?? TestPaths.Fixtures("regressions");
    Directory.CreateDirectory(folder);
    foreach (string label in options.Reproduce)
    {
        if (corpus.Input(label) is not { } input)
        {
            Console.Error.WriteLine($"fuzz: no input {label} (fixture#run) in this corpus");
            return 2;
        }

        string file = Path.Combine(folder, string.Concat(("fuzz-" + label).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-')) + ".bin");
        File.WriteAllBytes(file, input);
        try
        {
            var (snapshot, allocated) = ReadBounds.Read(input);
            Console.WriteLine($"{label}: {input.Length:N0} bytes, allocated {allocated:N0} (bound {ReadBounds.AllocationLimit(input.Length):N0}), {snapshot.Format}, written to {file}");
        }
        catch (Exception ex)
        {
            Console.WriteLine($"{label}: {ex.GetType().Name}: {ex.Message}; written to {file}");
        }
    }

    return 0;
}

var findings = new Findings(options.Output ?? TestPaths.Fixtures("regressions"), options.KeepPerSignature);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: inputs {options.Start:N0} to {options.Start + options.Runs - 1:N0} over {corpus.Count} fixtures ({corpus.Bytes:N0} bytes), {options.Threads} threads, {Mutator.Strategies} mutation strategies; bounds: {options.TimeLimit.TotalMilliseconds:F0} ms, {ReadBounds.AllocationBase:N0} + {ReadBounds.AllocationPerInputByte} x size bytes"));

long next = options.Start - 1;
long end = options.Start + options.Runs;
long NextIndex()
{
    long i = Interlocked.Increment(ref next);
    return i < end ? i : -1;
}

var clock = Stopwatch.StartNew();
var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
var workers = Enumerable.Range(0, options.Threads).Select(_ => new FuzzWorker(options, corpus, findings, NextIndex)).ToArray();
var threads = workers.Select((w, i) => new Thread(w.Run) { IsBackground = true, Name = "fuzz-" + i }).ToArray();
Array.ForEach(threads, t => t.Start());

// The watchdog: cancels a read past the hang limit (it then ends with OperationCanceledException
// and is kept as a finding); a read that ignores the cancellation for another hang limit is kept
// and ends the process, since its thread cannot be stopped.
var lastReport = TimeSpan.Zero;
while (threads.Any(t => t.IsAlive))
{
    Thread.Sleep(200);
    foreach (var w in workers)
    {
        long started = Volatile.Read(ref w.Started);
        var running = started == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started);
        if (running > options.HangLimit * 2 && w.Data is { } stuck)
        {
            findings.Add("hang", "uncancellable", w.Label ?? "?", stuck, $"ignored its cancellation for {options.HangLimit.TotalSeconds:F0} s");
            return 3;
        }

        if (running > options.HangLimit)
        {
            w.Cancel();
        }
    }

    if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(30))
    {
        lastReport = clock.Elapsed;
        long done = Math.Min(Interlocked.Read(ref next), end) - options.Start;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {done:N0} inputs in {clock.Elapsed.TotalSeconds:F0} s ({done / clock.Elapsed.TotalSeconds:F0}/s), {findings.Count} findings"));
    }
}

var stats = new FuzzStats();
Array.ForEach(workers, w => stats.Add(w.Stats));
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    fuzz: done: {stats.Inputs + findings.Count:N0} inputs ({stats.InputBytes / 1048576.0:F0} MiB) in {clock.Elapsed.TotalSeconds:F0} s wall, {cpu.TotalSeconds:F0} s CPU ({(stats.Inputs + findings.Count) / cpu.TotalSeconds:F0} inputs per CPU second)
      by detected format: {string.Join(", ", stats.ByFormat.Select(f => $"{f.Key} {f.Value:N0}"))}
      slowest read: {stats.Slowest.Elapsed.TotalMilliseconds:F1} ms ({stats.Slowest.Label})
      closest to the allocation bound: {stats.Heaviest.Allocated:N0} bytes for {stats.Heaviest.Size:N0} bytes, {stats.Heaviest.Fraction:P1} of the bound ({stats.Heaviest.Label})
      allocated in all: {stats.Allocated / 1048576.0:F0} MiB ({stats.Allocated / (double)Math.Max(1, stats.InputBytes):F1} bytes per input byte)
      findings: {findings.Count:N0} ({findings.Signatures.Count} signatures)
    """));
foreach (var (signature, count) in findings.Signatures.OrderByDescending(s => s.Value))
{
    Console.WriteLine($"  {count,8:N0}  {signature}");
}

return findings.Count == 0 ? 0 : 1;

using System.Diagnostics;
using System.Globalization;

// Usage: LoadDriver URL CLIENTS SECONDS
// CLIENTS concurrent loops GET URL back to back for SECONDS after a short warm-up, then print
// the request count, throughput and latency percentiles. Any non-2xx answer fails the run.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: LoadDriver URL CLIENTS SECONDS");
    return 2;
}

string url = args[0];
int clients = int.Parse(args[1], CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(double.Parse(args[2], CultureInfo.InvariantCulture));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

// Warm-up: JIT, connection pool, database caches.
for (int i = 0; i < 20; i++)
{
    (await http.GetAsync(url)).EnsureSuccessStatusCode();
}

var latencies = new List<double>[clients];
var stop = Stopwatch.StartNew();
var loops = Enumerable.Range(0, clients).Select(async c =>
{
    var mine = latencies[c] = [];
    while (stop.Elapsed < duration)
    {
        long start = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        response.EnsureSuccessStatusCode();
        mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
});
await Task.WhenAll(loops);
double seconds = stop.Elapsed.TotalSeconds;

var all = latencies.SelectMany(l => l).OrderBy(x => x).ToArray();
double Percentile(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p / 100 * all.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"requests={all.Length} clients={clients} rps={all.Length / seconds:F0} p50={Percentile(50):F1}ms p95={Percentile(95):F1}ms p99={Percentile(99):F1}ms max={all[^1]:F1}ms"));
return 0;

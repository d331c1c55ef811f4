using System.Diagnostics;
using System.Globalization;

// Usage: LoadDriver URL CLIENTS SECONDS
//        LoadDriver --pages FILE BASEURL CLIENTS SECONDS
// The first form: CLIENTS concurrent loops GET URL back to back for SECONDS after a short
// warm-up, then print the request count, throughput and latency percentiles.
// The second form reads FILE, one "label<TAB>path" per line: each of the CLIENTS loops takes the
// lines in turn (client i starts at line i), so every page kind is asked for all the time, and
// the percentiles are printed per label and for all requests. Any non-2xx answer fails the run.
if (args.Length == 3)
{
    return await RunAsync([("all", args[0])], args[1], args[2]);
}

if (args.Length == 5 && args[0] == "--pages")
{
    var baseUrl = new Uri(args[2]);
    var pages = File.ReadAllLines(args[1])
        .Where(l => l.Contains('\t', StringComparison.Ordinal))
        .Select(l => l.Split('\t', 2))
        .Select(p => (p[0], new Uri(baseUrl, p[1]).ToString()))
        .ToArray();
    return await RunAsync(pages, args[3], args[4]);
}

Console.Error.WriteLine("usage: LoadDriver URL CLIENTS SECONDS | LoadDriver --pages FILE BASEURL CLIENTS SECONDS");
return 2;

static async Task<int> RunAsync((string Label, string Url)[] pages, string clientsText, string secondsText)
{
    int clients = int.Parse(clientsText, CultureInfo.InvariantCulture);
    var duration = TimeSpan.FromSeconds(double.Parse(secondsText, CultureInfo.InvariantCulture));
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromMinutes(2),
    };

    // Warm-up: JIT, connection pool, database caches; every page once, the first ones a few times.
    foreach (var (_, url) in pages.Concat(pages.Take(20)))
    {
        (await http.GetAsync(url)).EnsureSuccessStatusCode();
    }

    var samples = new List<(int Page, double Ms)>[clients];
    var stop = Stopwatch.StartNew();
    var loops = Enumerable.Range(0, clients).Select(async c =>
    {
        var mine = samples[c] = [];
        int next = c % pages.Length;
        while (stop.Elapsed < duration)
        {
            int page = next;
            next = (next + 1) % pages.Length;
            long start = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(pages[page].Url, HttpCompletionOption.ResponseContentRead);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{(int)response.StatusCode} from {pages[page].Url}");
            }

            mine.Add((page, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        }
    });
    await Task.WhenAll(loops);
    double seconds = stop.Elapsed.TotalSeconds;

    var all = samples.SelectMany(s => s).ToList();
    foreach (var label in pages.Select(p => p.Label).Distinct())
    {
        var times = all.Where(s => pages[s.Page].Label == label).Select(s => s.Ms).ToList();
        Print(label, times, seconds, clients);
    }

    if (pages.Select(p => p.Label).Distinct().Count() > 1)
    {
        Print("all", all.Select(s => s.Ms).ToList(), seconds, clients);
    }

    return 0;
}

static void Print(string label, List<double> times, double seconds, int clients)
{
    times.Sort();
    double Percentile(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p / 100 * times.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-10} requests={times.Count} clients={clients} rps={times.Count / seconds:F0} p50={Percentile(50):F1}ms p95={Percentile(95):F1}ms p99={Percentile(99):F1}ms max={times[^1]:F1}ms"));
}

using System.Collections.Concurrent;

namespace AbiPortal.Fuzz;

/// <summary>
/// Inputs that broke a bound, written where the regression test reads them. Findings are grouped
/// by signature (the exception and the reader method it came from, or the bound and the input's
/// format) and only the first few of each are kept, so a common bug does not write thousands.
/// </summary>
internal sealed class Findings(string folder, int keepPerSignature)
{
    private readonly ConcurrentDictionary<string, int> _bySignature = new();
    private readonly ConcurrentQueue<string> _lines = new();
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public IReadOnlyCollection<string> Lines => _lines;

    public IReadOnlyDictionary<string, int> Signatures => _bySignature;

    /// <summary>Records a finding; writes the input as <c>fuzz-KIND-FIXTURE-RUN.bin</c> while its signature has fewer than the kept number.</summary>
    public void Add(string kind, string signature, string label, byte[] data, string detail)
    {
        Interlocked.Increment(ref _count);
        int seen = _bySignature.AddOrUpdate($"{kind}: {signature}", 1, (_, n) => n + 1);
        string line = $"{kind} {label}: {detail}";
        Console.WriteLine(line);
        if (seen > keepPerSignature)
        {
            return;
        }

        _lines.Enqueue(line);
        Directory.CreateDirectory(folder);
        string name = string.Concat($"fuzz-{kind}-{label}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-'));
        File.WriteAllBytes(Path.Combine(folder, name + ".bin"), data);
    }
}

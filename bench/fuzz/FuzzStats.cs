using AbiPortal.Parsers.Detection;
using AbiPortal.Parsers.Tests.Mutation;

namespace AbiPortal.Fuzz;

/// <summary>What the reads cost: inputs per detected format, the slowest read, the read closest to its allocation bound. One per worker, merged at the end.</summary>
internal sealed class FuzzStats
{
    public long Inputs { get; private set; }

    public long InputBytes { get; private set; }

    public long Allocated { get; private set; }

    public SortedDictionary<string, long> ByFormat { get; } = new(StringComparer.Ordinal);

    public (TimeSpan Elapsed, string Label) Slowest { get; private set; }

    /// <summary>The read whose allocation came closest to <see cref="ReadBounds.AllocationLimit"/> (as a fraction of it).</summary>
    public (double Fraction, long Allocated, long Size, string Label) Heaviest { get; private set; }

    public void Record(DetectedFormat format, string label, long size, long allocated, TimeSpan elapsed)
    {
        Inputs++;
        InputBytes += size;
        Allocated += allocated;
        string key = format.ToString();
        ByFormat[key] = ByFormat.GetValueOrDefault(key) + 1;
        if (elapsed > Slowest.Elapsed)
        {
            Slowest = (elapsed, label);
        }

        double fraction = allocated / (double)ReadBounds.AllocationLimit(size);
        if (fraction > Heaviest.Fraction)
        {
            Heaviest = (fraction, allocated, size, label);
        }
    }

    public void Add(FuzzStats other)
    {
        Inputs += other.Inputs;
        InputBytes += other.InputBytes;
        Allocated += other.Allocated;
        foreach (var (format, count) in other.ByFormat)
        {
            ByFormat[format] = ByFormat.GetValueOrDefault(format) + count;
        }

        Slowest = other.Slowest.Elapsed > Slowest.Elapsed ? other.Slowest : Slowest;
        Heaviest = other.Heaviest.Fraction > Heaviest.Fraction ? other.Heaviest : Heaviest;
    }
}

namespace AbiPortal.Parsers.Primitives;

/// <summary>
/// Which of a list of ranges holds a point, the first in list order when several do: a binary
/// search over the ranges' boundaries instead of a scan of every range per lookup. A PE may
/// declare 65,535 sections and map an RVA for each of a hundred thousand exports (48 s for a
/// 4 MB file with the scan); built once in O(n log n), each lookup is O(log n).
/// </summary>
internal sealed class IntervalIndex
{
    /// <summary>Sorted boundaries; between <c>_points[k]</c> and the next one, <c>_owner[k]</c> holds (or -1).</summary>
    private readonly ulong[] _points;
    private readonly int[] _owner;

    /// <param name="ranges">(start, length) per range, in list order; empty ranges hold nothing, and a range running past 2^64 ends there.</param>
    public IntervalIndex(IReadOnlyList<(ulong Start, ulong Length)> ranges)
    {
        var events = new List<(ulong At, int Range, bool Opens)>(ranges.Count * 2);
        for (int i = 0; i < ranges.Count; i++)
        {
            var (start, length) = ranges[i];
            if (length == 0)
            {
                continue;
            }

            events.Add((start, i, true));
            events.Add((length > ulong.MaxValue - start ? ulong.MaxValue : start + length, i, false));
        }

        events.Sort((a, b) => a.At.CompareTo(b.At));
        var open = new SortedSet<int>();
        var points = new List<ulong>(events.Count);
        var owners = new List<int>(events.Count);
        for (int e = 0; e < events.Count;)
        {
            ulong at = events[e].At;
            for (; e < events.Count && events[e].At == at; e++)
            {
                if (events[e].Opens)
                {
                    open.Add(events[e].Range);
                }
                else
                {
                    open.Remove(events[e].Range);
                }
            }

            points.Add(at);
            owners.Add(open.Count > 0 ? open.Min : -1);
        }

        _points = [.. points];
        _owner = [.. owners];
    }

    /// <summary>The index of the first range holding <paramref name="point"/>, or -1.</summary>
    public int Find(ulong point)
    {
        int k = Array.BinarySearch(_points, point);
        if (k < 0)
        {
            k = ~k - 1;
        }

        return k < 0 ? -1 : _owner[k];
    }
}

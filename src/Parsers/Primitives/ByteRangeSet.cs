namespace AbiPortal.Parsers.Primitives;

/// <summary>
/// File ranges already read, kept sorted and disjoint, so that a reader can read each byte of a
/// table at most once however many headers point at it (PE import descriptors sharing one
/// lookup table). Lookups are binary searches; adding keeps the list sorted.
/// </summary>
internal sealed class ByteRangeSet
{
    private readonly List<(ulong Start, ulong End)> _ranges = [];

    /// <summary>Whether <paramref name="offset"/> lies in a range already added.</summary>
    public bool Contains(ulong offset)
    {
        int i = LastStartingAtOrBefore(offset);
        return i >= 0 && offset < _ranges[i].End;
    }

    /// <summary>The start of the first range after <paramref name="offset"/>, or <see cref="ulong.MaxValue"/> when none follows.</summary>
    public ulong NextStartAfter(ulong offset)
    {
        int i = LastStartingAtOrBefore(offset) + 1;
        return i < _ranges.Count ? _ranges[i].Start : ulong.MaxValue;
    }

    /// <summary>Adds [<paramref name="start"/>, <paramref name="end"/>), which must not overlap a range already added (callers stop at <see cref="NextStartAfter"/>).</summary>
    public void Add(ulong start, ulong end)
    {
        if (end <= start)
        {
            return;
        }

        _ranges.Insert(LastStartingAtOrBefore(start) + 1, (start, end));
    }

    /// <summary>The index of the last range whose start is at or before <paramref name="offset"/>, or -1.</summary>
    private int LastStartingAtOrBefore(ulong offset)
    {
        int lo = 0, hi = _ranges.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (_ranges[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}

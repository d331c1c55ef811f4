namespace AbiPortal.Client.Components.Shared;

/// <summary>
/// Which page numbers a pager shows: the first, the last, and a few around the current one,
/// with a gap (null) where numbers are left out, so the pager stays short at any page count.
/// </summary>
public static class PageWindow
{
    /// <summary>How many pages either side of the current one are listed.</summary>
    public const int Radius = 2;

    /// <summary>Number of pages needed for <paramref name="total"/> rows; at least 1.</summary>
    public static int PageCount(long total, int pageSize)
    {
        if (total <= 0 || pageSize <= 0)
        {
            return 1;
        }

        long pages = ((total - 1) / pageSize) + 1;
        return pages > int.MaxValue ? int.MaxValue : (int)pages;
    }

    /// <summary>The page numbers to list in order, with null for each gap.</summary>
    public static IReadOnlyList<int?> Numbers(int current, int pageCount)
    {
        if (pageCount < 1)
        {
            return [];
        }

        current = Math.Clamp(current, 1, pageCount);
        int from = Math.Max(2, current - Radius);
        int to = Math.Min(pageCount - 1, current + Radius);
        var numbers = new List<int?> { 1 };
        if (from > 2)
        {
            numbers.Add(null);
        }

        for (int page = from; page <= to; page++)
        {
            numbers.Add(page);
        }

        if (to < pageCount - 1)
        {
            numbers.Add(null);
        }

        if (pageCount > 1)
        {
            numbers.Add(pageCount);
        }

        return numbers;
    }
}

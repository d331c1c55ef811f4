namespace AbiPortal.Client.Contracts;

/// <summary>Paging rules shared by the JSON API (which answers 400 outside them) and the UI (which clamps).</summary>
public static class Paging
{
    /// <summary>Rows per page when the caller does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Largest page: bounds the rows one request can make the database materialise.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Rows skipped before a page: <c>(page - 1) × pageSize</c>, valid once <see cref="Validate"/> passed.</summary>
    public static int Offset(int page, int pageSize) => checked((page - 1) * pageSize);

    /// <summary>
    /// The problem with a page request, or null when it is valid: page from 1, size
    /// 1..<see cref="MaxPageSize"/>, and rows skipped (<c>(page - 1) × pageSize</c>, computed in
    /// 64 bits) within <see cref="int.MaxValue"/>. Without that last rule
    /// <c>page=2147483647&amp;pageSize=1000</c> overflowed into a negative skip and answered page 1.
    /// </summary>
    public static string? Validate(int page, int pageSize)
    {
        if (page < 1)
        {
            return "page must be 1 or more.";
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return $"pageSize must be between 1 and {MaxPageSize}.";
        }

        if ((long)(page - 1) * pageSize > int.MaxValue)
        {
            return $"page {page} of {pageSize} rows starts past the end of any list.";
        }

        return null;
    }
}

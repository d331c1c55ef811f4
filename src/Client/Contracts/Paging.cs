namespace AbiPortal.Client.Contracts;

/// <summary>Paging rules shared by the JSON API (which answers 400 outside them) and the UI (which clamps).</summary>
public static class Paging
{
    /// <summary>Rows per page when the caller does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Largest page: bounds the rows one request can make the database materialise.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The problem with a page request, or null when it is valid (page from 1, size 1..<see cref="MaxPageSize"/>).</summary>
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

        return null;
    }
}

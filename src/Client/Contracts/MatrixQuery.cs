using AbiPortal.Parsers.Matrix;

namespace AbiPortal.Client.Contracts;

/// <summary>Filter and page for a version's platform matrix (the page's and the API's query string).</summary>
/// <param name="Filter">Rows: <c>all</c> (default), <c>gaps</c>, <c>everywhere</c>, <c>other-spelling</c> (<see cref="MatrixFilter.ShowWords"/>).</param>
/// <param name="Q">Case-insensitive substring of the name or of a spelling.</param>
/// <param name="Missing">Only names missing on the build with this platform label.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record MatrixQuery(string? Filter = null, string? Q = null, string? Missing = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
{
    /// <summary>The row filter the matrix code applies.</summary>
    public MatrixFilter RowFilter => new(Filter, Q, Missing);

    /// <summary>The problem with the paging or the filter word, or null (the platform label is checked against the matrix).</summary>
    public string? Validate()
        => Paging.Validate(Page, PageSize)
           ?? (Filter is not null && !MatrixFilter.ShowWords.Contains(Filter) ? $"filter must be one of {string.Join(", ", MatrixFilter.ShowWords)}." : null);
}

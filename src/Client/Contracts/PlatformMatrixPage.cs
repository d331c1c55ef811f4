using AbiPortal.Parsers.Matrix;

namespace AbiPortal.Client.Contracts;

/// <summary>A page of a version's platform matrix, with the summary of all of it (<c>GET /api/libraries/{name}/versions/{version}/matrix</c>).</summary>
/// <param name="Library">The library label.</param>
/// <param name="Version">The version label.</param>
/// <param name="Columns">The platform builds, in column order.</param>
/// <param name="Summary">Counts over every row, whatever the filter.</param>
/// <param name="Pending">Uploads of this version that are no column: queued, parsing or failed.</param>
/// <param name="Total">Rows that pass the filter.</param>
/// <param name="Items">This page of them: names missing somewhere first.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record PlatformMatrixPage(
    string Library,
    string Version,
    IReadOnlyList<MatrixColumn> Columns,
    MatrixSummary Summary,
    IReadOnlyList<PlatformBuild> Pending,
    int Total,
    IReadOnlyList<MatrixRow> Items,
    int Page,
    int PageSize)
{
    /// <summary>The page of <paramref name="matrix"/> that <paramref name="query"/> asks for.</summary>
    public static PlatformMatrixPage Of(PlatformMatrix matrix, MatrixQuery query)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(query);
        var rows = query.RowFilter.Apply(matrix.Matrix).ToList();
        var items = rows.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        return new PlatformMatrixPage(matrix.Library, matrix.Version, matrix.Matrix.Columns, matrix.Matrix.Summary, matrix.Pending, rows.Count, items, query.Page, query.PageSize);
    }
}

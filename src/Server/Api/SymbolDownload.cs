using System.Globalization;
using System.Text.Json;
using AbiPortal.Client.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Api;

/// <summary>
/// The downloads of an artifact's export and import tables: every row the filter matches (not
/// one page), in the order asked for, as CSV or as one JSON page. Bounded by the artifact's
/// stored rows, which the parse caps bound.
/// </summary>
internal static class SymbolDownload
{
    /// <summary>The problem with a <c>format</c> value, or null (absent: one JSON page).</summary>
    public static string? Validate(string? format)
        => format is null or "json" or "csv" or "json-all" ? null : "format must be json (a page), json-all or csv (every matching row).";

    /// <summary>Every row matching <paramref name="query"/>'s filter, read a maximal page at a time; null for an unknown artifact.</summary>
    public static async Task<PagedResult<T>?> AllAsync<T>(SymbolQuery query, Func<SymbolQuery, CancellationToken, Task<PagedResult<T>?>> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        int total = 0;
        for (int page = 1; ; page++)
        {
            var result = await read(query with { Page = page, PageSize = Paging.MaxPageSize }, cancellationToken);
            if (result is null)
            {
                return null;
            }

            total = result.Total;
            rows.AddRange(result.Items);
            if (result.Items.Count < Paging.MaxPageSize || rows.Count >= total)
            {
                return new PagedResult<T>(rows.Count, rows, 1, Math.Max(1, rows.Count));
            }
        }
    }

    /// <summary>The rows as an attachment named <paramref name="name"/>: CSV, or the page as JSON.</summary>
    public static ContentHttpResult Answer<T>(HttpResponse response, string name, string format, PagedResult<T> all, Action<TextWriter, IEnumerable<T>> writeCsv)
    {
        if (format == "csv")
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
            var csv = new StringWriter(CultureInfo.InvariantCulture);
            writeCsv(csv, all.Items);
            return TypedResults.Text(csv.ToString(), "text/csv; charset=utf-8");
        }

        response.Headers.ContentDisposition = $"attachment; filename=\"{name}.json\"";
        var options = response.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return TypedResults.Text(JsonSerializer.Serialize(all, options), "application/json");
    }
}

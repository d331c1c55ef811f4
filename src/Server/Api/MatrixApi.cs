using System.Text;
using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Matrix;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Api;

/// <summary>
/// <c>/api/libraries/{name}/versions/{version}/matrix</c>: one version across its platform builds.
/// GET pages the matrix (JSON, or every filtered row as CSV); POST answers "is my symbol list
/// available everywhere?" for a binding generator's CI. Both are reads: no upload token needed.
/// </summary>
public static class MatrixApi
{
    /// <summary>Maps the matrix endpoints.</summary>
    public static IEndpointRouteBuilder MapMatrixApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/libraries/{name}/versions/{version}/matrix").WithTags("Platforms");
        group.MapGet("/", GetAsync).WithName("GetPlatformMatrix")
            .WithSummary("One version across its platform builds: names missing somewhere first (filter, q, missing, page, pageSize, all; format=json|csv)")
            .Produces<PlatformMatrixPage>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/", PostAsync).WithName("FindNamesOnPlatforms")
            .WithSummary("Per-platform presence of a list of names: JSON {\"names\":[...]} or text/plain, one name per line")
            .Accepts<MatrixNamesRequest>("application/json", "text/plain")
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    internal static async Task<Results<Ok<PlatformMatrixPage>, ContentHttpResult, ProblemHttpResult>> GetAsync(
        string name,
        string version,
        HttpResponse response,
        IMatrixQueries queries,
        CancellationToken cancellationToken,
        string? filter = null,
        string? q = null,
        string? missing = null,
        int page = 1,
        int pageSize = Paging.DefaultPageSize,
        bool all = false,
        string? format = null)
    {
        format ??= "json";
        if (format is not ("json" or "csv"))
        {
            return Problems.BadRequest("format must be json or csv.");
        }

        var query = new MatrixQuery(Blank(filter), Blank(q), Blank(missing), page, pageSize);
        if (query.Validate() is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var (platforms, unavailable) = await ReadyMatrixAsync(name, version, queries, cancellationToken);
        if (platforms is null)
        {
            return unavailable!;
        }

        if (query.RowFilter.Validate(platforms.Matrix) is { } badLabel)
        {
            return Problems.BadRequest(badLabel);
        }

        if (format == "csv")
        {
            var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            MatrixCsv.Write(csv, platforms.Matrix.Columns, query.RowFilter.Apply(platforms.Matrix));
            response.Headers.ContentDisposition = $"attachment; filename=\"{FileSafe(name)}-{FileSafe(version)}-platforms.csv\"";
            return TypedResults.Text(csv.ToString(), "text/csv; charset=utf-8");
        }

        if (all)
        {
            // Every filtered row in one answer: the matrix is in memory already, bounded by the library's size.
            query = query with { Page = 1, PageSize = Math.Max(1, platforms.Matrix.Rows.Count) };
        }

        return TypedResults.Ok(PlatformMatrixPage.Of(platforms, query));
    }

    internal static async Task<Results<Ok<MatrixNamesReport>, ProblemHttpResult>> PostAsync(
        string name, string version, HttpRequest request, IMatrixQueries queries, CancellationToken cancellationToken)
    {
        var (names, problem) = await ReadNamesAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (platforms, unavailable) = await ReadyMatrixAsync(name, version, queries, cancellationToken);
        return platforms is null ? unavailable! : TypedResults.Ok(MatrixNamesReport.For(platforms.Matrix, names!));
    }

    /// <summary>The version's matrix, or the problem: unknown library or version (404), nothing parsed yet (409).</summary>
    private static async Task<(PlatformMatrix? Matrix, ProblemHttpResult? Problem)> ReadyMatrixAsync(
        string name, string version, IMatrixQueries queries, CancellationToken cancellationToken)
    {
        var platforms = await queries.GetMatrixAsync(name, version, cancellationToken);
        if (platforms is null)
        {
            return (null, Problems.NotFound($"No upload of library '{name}' has version '{version}'."));
        }

        if (platforms.Matrix.Columns.Count == 0)
        {
            return (null, Problems.Conflict($"No build of {name} {version} is parsed yet ({platforms.Pending.Count} queued, parsing or failed)."));
        }

        return (platforms, null);
    }

    /// <summary>
    /// The names from the body: <c>{"names": [...]}</c> or a JSON array, or with
    /// <c>text/plain</c> one name per line. The body is read up to
    /// <see cref="MatrixNamesRequest.MaxBodyBytes"/> (413 beyond), then the list is checked.
    /// </summary>
    private static async Task<(List<string>? Names, ProblemHttpResult? Problem)> ReadNamesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MatrixNamesRequest.MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > MatrixNamesRequest.MaxBodyBytes)
            {
                return (null, TooLarge());
            }

            body.Write(buffer, 0, read);
        }

        List<string>? names;
        if (request.ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            names = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length)
                .Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && line[0] != '#')
                .ToList();
        }
        else
        {
            try
            {
                names = ParseJsonNames(body.GetBuffer().AsMemory(0, (int)body.Length));
            }
            catch (JsonException ex)
            {
                return (null, Problems.BadRequest($"The body is not JSON of the form {{\"names\": [\"...\"]}}: {ex.Message}"));
            }

            if (names is null)
            {
                return (null, Problems.BadRequest("The body must be {\"names\": [\"...\"]} or an array of strings (or text/plain, one name per line)."));
            }
        }

        return new MatrixNamesRequest(names).Validate() is { } problem ? (null, Problems.BadRequest(problem)) : (names, null);
    }

    /// <summary>The strings of <c>{"names": [...]}</c> or of a bare array; null when the shape is other.</summary>
    private static List<string>? ParseJsonNames(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var array = root.ValueKind == JsonValueKind.Array ? root
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("names", out var names) && names.ValueKind == JsonValueKind.Array ? names
            : default;
        if (array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var result = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            result.Add(item.GetString()!);
        }

        return result;
    }

    private static ProblemHttpResult TooLarge()
        => TypedResults.Problem($"The body may be at most {MatrixNamesRequest.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A label as part of a download's file name: letters, digits, dot, dash and underscore.</summary>
    private static string FileSafe(string label) => new(label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
}

using AbiPortal.Client.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Api;

/// <summary><c>/api/libraries</c> and <c>/api/symbols</c>: the views across artifacts.</summary>
public static class LibrariesApi
{
    /// <summary>Maps the library and symbol-search endpoints.</summary>
    public static IEndpointRouteBuilder MapLibrariesApi(this IEndpointRouteBuilder app)
    {
        var libraries = app.MapGroup("/api/libraries").WithTags("Libraries");
        libraries.MapGet("/", ListAsync).WithName("ListLibraries").WithSummary("Every library label");
        libraries.MapGet("/{name}", GetAsync).WithName("GetLibrary").WithSummary("A library's versions in order, each against the previous release");

        var symbols = app.MapGroup("/api/symbols").WithTags("Symbols");
        symbols.MapGet("/", SearchAsync).WithName("SearchSymbols").WithSummary("Which artifacts export a name (raw or demangled, case-insensitive; match=auto|prefix|contains)");
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<LibrarySummary>>> ListAsync(IPortalQueries queries, CancellationToken cancellationToken)
        => TypedResults.Ok(await queries.ListLibrariesAsync(cancellationToken));

    internal static async Task<Results<Ok<LibraryDetail>, ProblemHttpResult>> GetAsync(string name, IPortalQueries queries, CancellationToken cancellationToken)
        => await queries.GetLibraryAsync(name, cancellationToken) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound($"No library '{name}'.");

    internal static async Task<Results<Ok<SymbolSearch>, ProblemHttpResult>> SearchAsync(
        IPortalQueries queries, CancellationToken cancellationToken, string? q = null, string? match = null, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.BadRequest("q is required.");
        }

        match ??= SymbolSearch.Auto;
        if (match is not (SymbolSearch.Auto or SymbolSearch.Prefix or SymbolSearch.Contains))
        {
            return Problems.BadRequest($"match must be {SymbolSearch.Auto}, {SymbolSearch.Prefix} or {SymbolSearch.Contains}.");
        }

        if (SymbolSearch.ValidatePage(page, pageSize) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        return TypedResults.Ok(await queries.SearchSymbolsAsync(q.Trim(), match, page, pageSize, cancellationToken));
    }
}

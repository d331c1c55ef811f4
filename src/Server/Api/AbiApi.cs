using AbiPortal.Client.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Api;

/// <summary>
/// <c>/api/artifacts/{id}/abi</c>: the ABI surface read from an artifact's debug info (its own, or
/// a paired debug file's): the exports' declarations, the types and their layouts, and the
/// build-id pairing (docs/api.md, "ABI surface" and "Debug files").
/// </summary>
public static class AbiApi
{
    /// <summary>Longest search text accepted: a name, not a document.</summary>
    private const int MaxQueryLength = 512;

    /// <summary>Maps the ABI endpoints.</summary>
    public static IEndpointRouteBuilder MapAbiApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/artifacts/{id:long}").WithTags("ABI");
        group.MapGet("/abi", OverviewAsync).WithName("GetAbi")
            .WithSummary("Evidence and a page of the exports' declarations from debug info (q: symbol or declaration contains)");
        group.MapGet("/abi/types", TypesAsync).WithName("GetAbiTypes").WithSummary("A page of named types (q: name contains)");
        group.MapGet("/abi/type", TypeAsync).WithName("GetAbiType").WithSummary("One type's layout (id: the type id, e.g. struct Point)");
        group.MapGet("/debug-link", DebugLinkAsync).WithName("GetDebugLink")
            .WithSummary("Build-id pairing: a debug file's binaries (attached, waiting), or a binary's debug file");
        return app;
    }

    internal static async Task<Results<Ok<AbiOverview>, ProblemHttpResult>> OverviewAsync(
        long id, IAbiQueries queries, CancellationToken cancellationToken, string? q = null, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        if (Validate(q, page, pageSize) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        return await queries.GetOverviewAsync(id, Blank(q), page, pageSize, cancellationToken) is { } overview ? TypedResults.Ok(overview) : Problems.UnknownArtifact(id);
    }

    internal static async Task<Results<Ok<PagedResult<AbiTypeRow>>, ProblemHttpResult>> TypesAsync(
        long id, IAbiQueries queries, CancellationToken cancellationToken, string? q = null, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        if (Validate(q, page, pageSize) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        return await queries.GetTypesAsync(id, Blank(q), page, pageSize, cancellationToken) is { } types ? TypedResults.Ok(types) : Problems.UnknownArtifact(id);
    }

    internal static async Task<Results<Ok<AbiTypeLayout>, ProblemHttpResult>> TypeAsync(long id, IAbiQueries queries, CancellationToken cancellationToken, string? typeId = null)
    {
        if (string.IsNullOrWhiteSpace(typeId) || typeId.Length > MaxQueryLength)
        {
            return Problems.BadRequest($"Give the type's id (typeId=struct Point), at most {MaxQueryLength} characters.");
        }

        return await queries.GetTypeAsync(id, typeId, cancellationToken) is { } layout
            ? TypedResults.Ok(layout)
            : Problems.NotFound($"Artifact {id} has no type {typeId} in its ABI surface.");
    }

    internal static async Task<Results<Ok<DebugLinkInfo>, ProblemHttpResult>> DebugLinkAsync(long id, IAbiQueries queries, CancellationToken cancellationToken)
        => await queries.GetDebugLinkAsync(id, cancellationToken) is { } link
            ? TypedResults.Ok(link)
            : Problems.NotFound($"Artifact {id} is unknown, not parsed yet, or has no build id.");

    private static string? Validate(string? q, int page, int pageSize)
        => q is { Length: > MaxQueryLength } ? $"q is at most {MaxQueryLength} characters." : Paging.Validate(page, pageSize);

    private static string? Blank(string? q) => string.IsNullOrWhiteSpace(q) ? null : q.Trim();
}

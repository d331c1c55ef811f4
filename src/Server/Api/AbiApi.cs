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
            .WithSummary("Evidence and a page of the exports' declarations from debug info (q: symbol or declaration contains; member: a slice or archive member)");
        group.MapGet("/abi/types", TypesAsync).WithName("GetAbiTypes").WithSummary("A page of named types (q: name contains)");
        group.MapGet("/abi/type", TypeAsync).WithName("GetAbiType").WithSummary("One type's layout (id: the type id, e.g. struct Point)");
        group.MapGet("/debug-link", DebugLinkAsync).WithName("GetDebugLink")
            .WithSummary("Build-id pairing: a debug file's binaries (attached, waiting), or a binary's debug file");
        return app;
    }

    internal static async Task<Results<Ok<AbiOverview>, ProblemHttpResult>> OverviewAsync(
        long id, IAbiQueries queries, CancellationToken cancellationToken, string? q = null, int page = 1, int pageSize = Paging.DefaultPageSize, string? member = null)
    {
        if ((Validate(q, page, pageSize) ?? ValidateMember(member)) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        return await queries.GetOverviewAsync(id, Blank(q), page, pageSize, cancellationToken, member) is { } overview ? TypedResults.Ok(overview) : Unknown(id, member);
    }

    internal static async Task<Results<Ok<PagedResult<AbiTypeRow>>, ProblemHttpResult>> TypesAsync(
        long id, IAbiQueries queries, CancellationToken cancellationToken, string? q = null, int page = 1, int pageSize = Paging.DefaultPageSize, string? member = null)
    {
        if ((Validate(q, page, pageSize) ?? ValidateMember(member)) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        return await queries.GetTypesAsync(id, Blank(q), page, pageSize, cancellationToken, member) is { } types ? TypedResults.Ok(types) : Unknown(id, member);
    }

    internal static async Task<Results<Ok<AbiTypeLayout>, ProblemHttpResult>> TypeAsync(long id, IAbiQueries queries, CancellationToken cancellationToken, string? typeId = null, string? member = null)
    {
        if (string.IsNullOrWhiteSpace(typeId) || typeId.Length > MaxQueryLength)
        {
            return Problems.BadRequest($"Give the type's id (typeId=struct Point), at most {MaxQueryLength} characters.");
        }

        if (ValidateMember(member) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        return await queries.GetTypeAsync(id, typeId, cancellationToken, member) is { } layout
            ? TypedResults.Ok(layout)
            : Problems.NotFound($"Artifact {id} has no type {typeId} in its ABI surface{(member is null ? "" : $" of {member}")}.");
    }

    internal static async Task<Results<Ok<DebugLinkInfo>, ProblemHttpResult>> DebugLinkAsync(long id, IAbiQueries queries, CancellationToken cancellationToken)
        => await queries.GetDebugLinkAsync(id, cancellationToken) is { } link
            ? TypedResults.Ok(link)
            : Problems.NotFound($"Artifact {id} is unknown, not parsed yet, or has no build id.");

    private static string? Validate(string? q, int page, int pageSize)
        => q is { Length: > MaxQueryLength } ? $"q is at most {MaxQueryLength} characters." : Paging.Validate(page, pageSize);

    private static string? ValidateMember(string? member)
        => member is { Length: 0 or > MaxQueryLength } ? $"member names a slice or archive member (1 to {MaxQueryLength} characters)." : null;

    /// <summary>404 for an unknown artifact, or for a member (slice, object) without a surface of its own.</summary>
    private static ProblemHttpResult Unknown(long id, string? member)
        => member is null ? Problems.UnknownArtifact(id) : Problems.NotFound($"Artifact {id} is unknown or has no member {member} with an ABI surface.");

    private static string? Blank(string? q) => string.IsNullOrWhiteSpace(q) ? null : q.Trim();
}

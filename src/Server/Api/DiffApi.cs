using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Api;

/// <summary><c>/api/diff</c>: the diff of two stored artifacts as JSON or Markdown.</summary>
public static class DiffApi
{
    /// <summary>Maps the diff endpoint.</summary>
    public static IEndpointRouteBuilder MapDiffApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/diff").WithTags("Diff")
            .MapGet("/", GetAsync).WithName("GetDiff").WithSummary("Diff base (old) against head (new): format=json (abiportal diff --json) or markdown");
        return app;
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(
        HttpRequest request, IPortalQueries queries, IContractQueries contracts, CancellationToken cancellationToken, long? @base = null, long? head = null, string? format = null)
    {
        if (@base is null || head is null)
        {
            return Problems.BadRequest("base and head artifact ids are required.");
        }

        format ??= "json";
        if (format is not ("json" or "markdown"))
        {
            return Problems.BadRequest("format must be json or markdown.");
        }

        if (await queries.GetDiffAsync(@base.Value, head.Value, cancellationToken) is not { } result)
        {
            foreach (long id in new[] { @base.Value, head.Value })
            {
                if (await queries.GetArtifactAsync(id, cancellationToken) is null)
                {
                    return Problems.UnknownArtifact(id);
                }
            }

            return Problems.Conflict("Both artifacts must be parsed before they can be compared.");
        }

        if (format == "json")
        {
            return TypedResults.Text(DiffJson.Serialize(result.Diff), "application/json");
        }

        // The comment calls out the ABI contract findings the head introduces (docs/lint.md).
        var diff = result.Diff with { NewFindings = await contracts.GetNewFindingsAsync(@base.Value, head.Value, cancellationToken) };
        return TypedResults.Text(DiffMarkdownRenderer.Render(diff, PortalLinks.Markdown(request, @base.Value, head.Value)), "text/markdown; charset=utf-8");
    }
}

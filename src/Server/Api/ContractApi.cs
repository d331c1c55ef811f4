using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Lint;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Api;

/// <summary>
/// <c>/api/artifacts/{id}/contract</c>: the artifact's lint report (docs/lint.md), as
/// <c>abiportal lint --json</c> prints one report, or SARIF.
/// </summary>
public static class ContractApi
{
    /// <summary>Maps the contract endpoint.</summary>
    public static IEndpointRouteBuilder MapContractApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/artifacts").WithTags("Artifacts")
            .MapGet("/{id:long}/contract", GetAsync).WithName("GetContract")
            .WithSummary("The ABI contract findings of one artifact: lint report JSON, or SARIF with format=sarif")
            .Produces<LintReport>(StatusCodes.Status200OK, "application/json", "application/sarif+json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(long id, IContractQueries queries, CancellationToken cancellationToken, string? format = null)
    {
        format ??= "json";
        if (format is not ("json" or "sarif"))
        {
            return Problems.BadRequest("format must be json or sarif.");
        }

        var contract = await queries.GetContractAsync(id, cancellationToken);
        if (contract is null)
        {
            return Problems.UnknownArtifact(id);
        }

        if (contract.Report is not { } report)
        {
            return Problems.Conflict($"Artifact {id} has no lint report: {contract.Unavailable}");
        }

        return format == "sarif"
            ? TypedResults.Text(LintSarifRenderer.Render([report]), "application/sarif+json")
            : TypedResults.Text(LintJson.Serialize(report), "application/json");
    }
}

using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using AbiPortal.Server.Diffs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Api;

/// <summary>
/// <c>/api/diff/changes</c>: the changes of a stored diff that match the diff page's filter
/// (severity, kind, q), every one of them, as CSV or as the diff JSON (<c>abiportal diff --json</c>'s
/// shape, its summary counting what matched): the downloads of the page's current view.
/// </summary>
public static class DiffChangesApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapDiffChangesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/diff").WithTags("Diff")
            .MapGet("/changes", GetAsync).WithName("GetDiffChanges")
            .WithSummary("Every change of the diff base -> head matching severity, kind and q (the diff page's filter): format=csv or json");
        return app;
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(
        HttpResponse response, IPortalQueries queries, DiffStore diffs, CancellationToken cancellationToken,
        long? @base = null, long? head = null, string? severity = null, string? kind = null, string? q = null, string? format = null)
    {
        if (@base is null || head is null)
        {
            return Problems.BadRequest("base and head artifact ids are required.");
        }

        format ??= "csv";
        if (format is not ("csv" or "json"))
        {
            return Problems.BadRequest("format must be csv or json.");
        }

        if (!DiffChangeFilter.TryParse(severity, kind, q, out var filter, out string? problem))
        {
            return Problems.BadRequest(problem!);
        }

        if (await queries.GetDiffViewAsync(@base.Value, head.Value, cancellationToken) is not { } view)
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

        var changes = await diffs.MatchingAsync(view.DiffId, filter, cancellationToken);
        string name = $"diff-{@base.Value}-{head.Value}" + (filter.Kind is { } k ? "-" + ChangeKinds.Name(k) : "");
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}.{format}\"";
        if (format == "csv")
        {
            var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            DiffCsv.Write(csv, changes);
            return TypedResults.Text(csv.ToString(), "text/csv; charset=utf-8");
        }

        var summary = DiffSummary.Of(changes);
        var diff = new AbiDiff { Old = view.Old, New = view.New, Verdict = AbiDiff.VerdictOf(summary), Summary = summary, Changes = changes };
        return TypedResults.Text(DiffJson.Serialize(diff), "application/json");
    }
}

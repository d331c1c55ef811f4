using AbiPortal.Client.Contracts;
using AbiPortal.Server.Hosting;
using AbiPortal.Server.Retention;
using AbiPortal.Server.Security;
using AbiPortal.Server.Storage;
using AbiPortal.Server.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Api;

/// <summary><c>/api/artifacts</c>: upload, list, detail, exports, imports, snapshot, delete.</summary>
public static class ArtifactsApi
{
    /// <summary>Maps the artifact endpoints.</summary>
    public static IEndpointRouteBuilder MapArtifactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/artifacts").WithTags("Artifacts");
        group.MapPost("/", UploadAsync).WithName("UploadArtifact").WithSummary("Upload a binary (multipart: file, library, version, platform, channel, pr, commit)")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
            .WithMetadata(new RequestBodyLimit(RequestBodyLimit.ForUploads(app))).RequireUploadToken();
        group.MapGet("/", ListAsync).WithName("ListArtifacts").WithSummary("Uploads, newest first");
        group.MapGet("/{id:long}", GetAsync).WithName("GetArtifact").WithSummary("One artifact: labels, status, identity, counts, diagnostics");
        group.MapGet("/{id:long}/exports", ExportsAsync).WithName("GetExports").WithSummary("A page of exports; format=csv (every row matching the filter) or json-all (every such row as one page)");
        group.MapGet("/{id:long}/exports/{exportId:int}", ExportAsync).WithName("GetExport").WithSummary("One export and where else it exists");
        group.MapGet("/{id:long}/imports", ImportsAsync).WithName("GetImports").WithSummary("A page of imports; format=csv (every row matching the filter) or json-all (every such row as one page)");
        group.MapGet("/{id:long}/snapshot", SnapshotAsync).WithName("GetSnapshot").WithSummary("The snapshot JSON, as abiportal inspect --json prints it");
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeleteArtifact").WithSummary("Delete an artifact, its rows and its file (409 while it is being parsed)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequireUploadToken();
        return app;
    }

    internal static async Task<Results<Ok<ArtifactSummary>, Accepted<ArtifactSummary>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ArtifactStore store, ArtifactUploadService uploads, CancellationToken cancellationToken)
    {
        UploadForm form;
        try
        {
            form = await UploadForm.ReadAsync(request, store, beforeFile: null, cancellationToken);
        }
        catch (UploadRejectedException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: ex.StatusCode, title: "Upload refused");
        }

        // Disposing the form deletes the received file unless it was committed: a refused upload
        // leaves nothing behind.
        await using (form)
        {
            ArtifactLabels labels;
            try
            {
                labels = form.Labels();
            }
            catch (UploadRejectedException ex)
            {
                return TypedResults.Problem(ex.Message, statusCode: ex.StatusCode, title: "Upload refused");
            }

            if (LabelRules.Validate(labels) is { } problem)
            {
                return Problems.BadRequest(problem);
            }

            var result = await uploads.RegisterAsync(form.File!.Commit(), form.FileName, labels, cancellationToken);
            return result.Outcome == UploadOutcome.Created
                ? TypedResults.Accepted($"/api/artifacts/{result.Artifact!.Id}", result.Artifact)
                : TypedResults.Ok(result.Artifact!);
        }
    }

    internal static async Task<Results<Ok<PagedResult<ArtifactSummary>>, ProblemHttpResult>> ListAsync(
        IPortalQueries queries, CancellationToken cancellationToken, string? library = null, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        if (Paging.Validate(page, pageSize) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        return TypedResults.Ok(await queries.ListArtifactsAsync(library, page, pageSize, cancellationToken));
    }

    internal static async Task<Results<Ok<ArtifactDetail>, ProblemHttpResult>> GetAsync(long id, IPortalQueries queries, CancellationToken cancellationToken)
        => await queries.GetArtifactAsync(id, cancellationToken) is { } detail ? TypedResults.Ok(detail) : Problems.UnknownArtifact(id);

    internal static async Task<Results<Ok<PagedResult<ExportRow>>, ContentHttpResult, ProblemHttpResult>> ExportsAsync(
        long id, IPortalQueries queries, HttpResponse response, CancellationToken cancellationToken,
        string? q = null, string? kind = null, string? binding = null, string? version = null, string? sort = null, int page = 1, int pageSize = Paging.DefaultPageSize,
        string? format = null, string? member = null)
    {
        var query = new SymbolQuery(q, kind, binding, version, sort, page, pageSize, Member: member);
        if ((query.Validate() ?? SymbolDownload.Validate(format)) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        if (format is "csv" or "json-all")
        {
            var all = await SymbolDownload.AllAsync(query, (q, c) => queries.GetExportsAsync(id, q, c), cancellationToken);
            return all is null ? Problems.UnknownArtifact(id) : SymbolDownload.Answer(response, $"artifact-{id}-exports", format, all, SymbolCsv.WriteExports);
        }

        return await queries.GetExportsAsync(id, query, cancellationToken) is { } result ? TypedResults.Ok(result) : Problems.UnknownArtifact(id);
    }

    internal static async Task<Results<Ok<ExportDetail>, ProblemHttpResult>> ExportAsync(long id, int exportId, IPortalQueries queries, CancellationToken cancellationToken)
        => await queries.GetExportAsync(id, exportId, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : Problems.NotFound($"No export {exportId} in artifact {id}.");

    internal static async Task<Results<Ok<PagedResult<ImportRow>>, ContentHttpResult, ProblemHttpResult>> ImportsAsync(
        long id, IPortalQueries queries, HttpResponse response, CancellationToken cancellationToken,
        string? q = null, string? kind = null, string? binding = null, string? version = null, string? library = null, string? sort = null, int page = 1, int pageSize = Paging.DefaultPageSize,
        string? format = null, string? member = null)
    {
        var query = new SymbolQuery(q, kind, binding, version, sort, page, pageSize, library, member);
        if ((query.Validate() ?? SymbolDownload.Validate(format)) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        if (format is "csv" or "json-all")
        {
            var all = await SymbolDownload.AllAsync(query, (q, c) => queries.GetImportsAsync(id, q, c), cancellationToken);
            return all is null ? Problems.UnknownArtifact(id) : SymbolDownload.Answer(response, $"artifact-{id}-imports", format, all, SymbolCsv.WriteImports);
        }

        return await queries.GetImportsAsync(id, query, cancellationToken) is { } result ? TypedResults.Ok(result) : Problems.UnknownArtifact(id);
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> SnapshotAsync(long id, IPortalQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.GetSnapshotJsonAsync(id, cancellationToken) is { } json)
        {
            return TypedResults.Text(json, "application/json");
        }

        return await queries.GetArtifactAsync(id, cancellationToken) is { } detail
            ? Problems.Conflict($"Artifact {id} has no snapshot (status {detail.Summary.Status.ToString().ToLowerInvariant()}).")
            : Problems.UnknownArtifact(id);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, ArtifactDeleter deleter, CancellationToken cancellationToken)
        => await deleter.DeleteAsync(id, cancellationToken) switch
        {
            ArtifactDeletion.Deleted => TypedResults.NoContent(),
            ArtifactDeletion.Parsing => TypedResults.Problem(
                $"Artifact {id} is being parsed right now; try again once it is ready or failed.", statusCode: StatusCodes.Status409Conflict, title: "Being parsed"),
            _ => Problems.UnknownArtifact(id),
        };
}

using System.Runtime.InteropServices;
using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Checks;
using AbiPortal.Server.Data;
using AbiPortal.Server.Diffs;
using AbiPortal.Server.Hosting;
using AbiPortal.Server.Queries;
using AbiPortal.Server.Security;
using AbiPortal.Server.Storage;
using AbiPortal.Server.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Api;

/// <summary>
/// <c>POST /api/check</c>, the PR bot's one call (docs/check.md): store the PR build (binary, or
/// snapshot JSON in privacy mode), find the library's baseline, answer with the diff JSON, the
/// Markdown comment and links.
/// </summary>
public static class CheckApi
{
    /// <summary>Maps the check endpoint.</summary>
    public static IEndpointRouteBuilder MapCheckApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/check").WithTags("Check")
            .MapPost("/", CheckAsync).WithName("Check")
            .WithSummary("Compare a PR build (multipart file, or JSON with a snapshot) with the library's baseline")
            .DisableAntiforgery()
            .WithMetadata(new RequestBodyLimit(RequestBodyLimit.ForUploads(app)))
            .RequireUploadToken();
        return app;
    }

    internal static async Task<Results<Ok<CheckResult>, ProblemHttpResult>> CheckAsync(
        HttpRequest request, ArtifactStore store, ArtifactUploadService uploads, PortalDbContext db, DiffStore diffs, IContractQueries contracts, IOptions<PortalOptions> options, CancellationToken cancellationToken)
    {
        CheckInput input;
        try
        {
            input = request.HasJsonContentType()
                ? await ReadJsonAsync(request, options.Value.CheckJsonLimitBytes, cancellationToken)
                : await ReadMultipartAsync(request, store, cancellationToken);
        }
        catch (UploadRejectedException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: ex.StatusCode, title: "Check refused");
        }

        // Disposing the input deletes a received binary unless it was committed.
        await using (input)
        {
            if (string.IsNullOrWhiteSpace(input.Labels.Library))
            {
                return Problems.BadRequest("library is required.");
            }

            // A check stores a PR build unless told otherwise.
            var labels = input.Labels with { Channel = input.Labels.Channel ?? ArtifactLabels.PullRequestChannel };
            if ((LabelRules.Validate(labels) ?? LabelRules.ValidateAgainst(input.Against)) is { } problem)
            {
                return Problems.BadRequest(problem);
            }

            var stored = input.File is not null
                ? await uploads.RegisterAsync(input.File.Commit(), input.FileName, labels, cancellationToken)
                : await uploads.RegisterSnapshotAsync(input.Snapshot!, labels, cancellationToken);
            var head = stored.Artifact!;
            var status = await WaitParsedAsync(db, head.Id, options.Value.JobTimeout, cancellationToken);
            if (status != ArtifactStatus.Ready)
            {
                return Problems.BadRequest($"The build could not be read (artifact {head.Id} is {status.ToString().ToLowerInvariant()}).");
            }

            string library = labels.Library!.Trim();
            var baseline = await BaselineFinder.FindAsync(db, library, input.Against, head.Id, cancellationToken);
            if (baseline is null)
            {
                return Problems.NotFound(input.Against is null
                    ? $"Library '{library}' has no ready release to compare with."
                    : $"Library '{library}' has no ready version '{input.Against}'.");
            }

            // The stored diff when the pair has one (the same build checked again), else computed
            // and stored now; pinned when it is the pair the library page lists for this build.
            var computed = await diffs.EnsureAsync(baseline.Id, head.Id, pin: input.Against is null, cancellationToken);
            if (computed is null)
            {
                return Problems.Conflict("The baseline or the build has no snapshot.");
            }

            var diff = computed.Diff ?? await diffs.LoadAsync(computed.Id, baseline.ToSummary().ToDiffSide(), head.ToDiffSide(), cancellationToken);

            // The PR comment calls out the ABI contract findings this build introduces (docs/lint.md).
            diff = diff with { NewFindings = await contracts.GetNewFindingsAsync(baseline.Id, head.Id, cancellationToken) };
            string markdown = DiffMarkdownRenderer.Render(diff, PortalLinks.Markdown(request, baseline.Id, head.Id, CheckMarker.For(library)));
            using var diffJson = JsonDocument.Parse(DiffJson.Serialize(diff));
            return TypedResults.Ok(new CheckResult(
                EnumNames.Of(diff.Verdict),
                diffJson.RootElement.Clone(),
                markdown,
                new CheckLinks(PortalLinks.Diff(request, baseline.Id, head.Id), PortalLinks.Artifact(request, baseline.Id), PortalLinks.Artifact(request, head.Id)),
                new CheckBaseline(baseline.Id, baseline.Library, baseline.Version),
                head.Id));
        }
    }

    private static async Task<CheckInput> ReadMultipartAsync(HttpRequest request, ArtifactStore store, CancellationToken cancellationToken)
    {
        var form = await UploadForm.ReadAsync(request, store, beforeFile: null, cancellationToken);
        try
        {
            return new CheckInput(form.Labels(), form.Fields.GetValueOrDefault("against"), form.FileName, null, form);
        }
        catch
        {
            await form.DisposeAsync();
            throw;
        }
    }

    private static async Task<CheckInput> ReadJsonAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        // The body is bounded whether or not a Content-Length came: Kestrel answers 413 past the
        // limit set here (a chunked body included), and a host without that feature is bounded
        // by the read below.
        if (request.ContentLength > limit)
        {
            throw new UploadRejectedException($"Snapshot JSON over {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = limit;
        }

        var body = await ReadBoundedAsync(request.Body, request.ContentLength, limit, cancellationToken);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new UploadRejectedException($"The body is not JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("snapshot", out var snapshotElement) || snapshotElement.ValueKind != JsonValueKind.Object)
            {
                throw new UploadRejectedException("Send {\"library\": ..., \"snapshot\": {the abiportal inspect --json object}}.");
            }

            Snapshot snapshot;
            try
            {
                // The snapshot's bytes as they came, without copying them into a string first.
                snapshot = SnapshotJson.Deserialize(JsonMarshal.GetRawUtf8Value(snapshotElement));
            }
            catch (JsonException ex)
            {
                throw new UploadRejectedException($"snapshot is not a snapshot: {ex.Message}");
            }

            if (snapshot.Format == BinaryFormat.Unknown)
            {
                throw new UploadRejectedException("The snapshot is of an unrecognised file.");
            }

            if (string.IsNullOrWhiteSpace(snapshot.File?.Name))
            {
                throw new UploadRejectedException("snapshot.file.name is required.");
            }

            if (LabelRules.ValidateFileName(snapshot.File.Name) is { } fileNameProblem)
            {
                throw new UploadRejectedException($"snapshot.file.name: {fileNameProblem}");
            }

            string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            int? pr = null;
            if (root.TryGetProperty("pr", out var prValue))
            {
                pr = prValue.ValueKind switch
                {
                    JsonValueKind.Number when prValue.TryGetInt32(out int n) => n,
                    JsonValueKind.String when int.TryParse(prValue.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) => n,
                    JsonValueKind.Null => null,
                    _ => throw new UploadRejectedException("pr must be a pull-request number."),
                };
            }

            var labels = new ArtifactLabels(Text("library"), Text("version"), Text("platform"), Text("channel"), pr, Text("commit"));
            return new CheckInput(labels, Text("against"), snapshot.File.Name, snapshot, null);
        }
    }

    /// <summary>
    /// The whole body, refused with 413 once it passes <paramref name="limit"/>; read into a buffer
    /// of the announced length when there is one (no growing and copying).
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>> ReadBoundedAsync(Stream body, long? length, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(length is > 0 and var announced && announced <= limit ? (int)announced : 0);
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new UploadRejectedException($"Snapshot JSON over {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>Waits for the workers (a new binary) — an existing or snapshot-only build is already done.</summary>
    private static async Task<ArtifactStatus> WaitParsedAsync(PortalDbContext db, long id, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var status = await db.Artifacts.AsNoTracking().Where(a => a.Id == id).Select(a => a.Status).SingleAsync(cancellationToken);
            if (status is ArtifactStatus.Ready or ArtifactStatus.Failed)
            {
                return status;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return status;
            }
        }
    }

    /// <summary>What a check sent: a binary received into <c>tmp/</c> (in <paramref name="Form"/>) or a snapshot.</summary>
    private sealed record CheckInput(ArtifactLabels Labels, string? Against, string FileName, Snapshot? Snapshot, UploadForm? Form) : IAsyncDisposable
    {
        public PendingBlob? File => Form?.File;

        public ValueTask DisposeAsync() => Form?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}

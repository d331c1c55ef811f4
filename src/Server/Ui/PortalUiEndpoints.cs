using AbiPortal.Client.Contracts;
using AbiPortal.Client.Components.Shared;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AbiPortal.Server.Ui;

/// <summary>
/// The few endpoints the browser UI needs besides its pages: the upload form's POST target (a
/// plain HTML form cannot call the JSON API and follow up with a page), and a small status JSON
/// that the upload page's script polls. Pages themselves are Razor components.
/// </summary>
public static class PortalUiEndpoints
{
    /// <summary>
    /// The upload form's token: its <c>token</c> field (the page shows it when tokens are
    /// required) or a bearer header; a person posting the plain form is sent back to it.
    /// </summary>
    private static readonly UploadTokenRequirement FormToken = new()
    {
        FormField = "token",
        MissingDetail = "This portal takes uploads only with an upload token: enter it in the Upload token field.",
        RejectedDetail = "That upload token is not one this portal accepts.",
        BrowserRefusal = RefuseWithoutTokenAsync,
    };

    /// <summary>Maps <c>POST /ui/upload</c> and <c>GET /ui/artifacts/{id}/status</c>.</summary>
    public static IEndpointRouteBuilder MapPortalUi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/ui").ExcludeFromDescription();

        // Antiforgery is checked by the framework: minimal APIs that bind a form validate the
        // token that <AntiforgeryToken /> put in the form (UseAntiforgery is in the pipeline).
        // The body and multipart limits are the portal's upload limit (AddPortalServices sets both).
        // With upload tokens configured, the filter checks the form's token before the handler runs.
        group.MapPost("/upload", UploadAsync).WithName("UiUpload").RequireUploadToken(FormToken);
        group.MapGet("/artifacts/{id:long}/status", StatusAsync).WithName("UiArtifactStatus");
        return app;
    }

    /// <summary>
    /// Stores the uploaded file. A browser posting the plain form gets 303 See Other to the
    /// artifact page (or back to /upload with the reason); the page's script, asking for JSON,
    /// gets <see cref="UiUploadResponse"/> or a 400 ProblemDetails.
    /// </summary>
    internal static async Task<IResult> UploadAsync(
        HttpContext context,
        IFormFile? file,
        [FromForm] string? library,
        [FromForm] string? version,
        [FromForm] string? platform,
        [FromServices] IArtifactUploads uploads,
        CancellationToken cancellationToken)
    {
        bool wantsJson = WantsJson(context.Request);
        if (file is null || file.Length == 0)
        {
            return Refuse("Choose a non-empty file to upload.", wantsJson, library, version, platform);
        }

        var labels = new ArtifactLabels(Label(library), Label(version), Label(platform));
        UploadResult result;
        await using (var stream = file.OpenReadStream())
        {
            result = await uploads.UploadAsync(stream, Path.GetFileName(file.FileName), labels, cancellationToken);
        }

        if (result.Outcome == UploadOutcome.Rejected || result.Artifact is null)
        {
            return Refuse(result.Problem ?? "The file was not accepted.", wantsJson, library, version, platform);
        }

        string url = Display.ArtifactHref(result.Artifact.Id);
        if (wantsJson)
        {
            var body = new UiUploadResponse(
                result.Artifact.Id,
                result.Outcome == UploadOutcome.Existing ? "existing" : "created",
                EnumNames.Of(result.Artifact.Status),
                url,
                $"/ui{url}/status");
            return TypedResults.Json(body, statusCode: result.Outcome == UploadOutcome.Existing ? StatusCodes.Status200OK : StatusCodes.Status202Accepted);
        }

        return SeeOther(url);
    }

    /// <summary>The parse status of one artifact, for the upload page's polling.</summary>
    internal static async Task<Results<Ok<UiStatusResponse>, NotFound>> StatusAsync(long id, [FromServices] IPortalQueries queries, CancellationToken cancellationToken)
    {
        var artifact = await queries.GetArtifactAsync(id, cancellationToken);
        if (artifact is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new UiStatusResponse(id, EnumNames.Of(artifact.Summary.Status), Display.ArtifactHref(id)));
    }

    /// <summary>
    /// A plain form post without an accepted token goes back to the form like any refused upload
    /// (the token itself is never put in the URL); the script's XHR gets the filter's 401 JSON.
    /// </summary>
    private static async ValueTask<IResult?> RefuseWithoutTokenAsync(HttpContext context, string problem)
    {
        if (WantsJson(context.Request))
        {
            return null;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return Refuse(problem, wantsJson: false, form["library"], form["version"], form["platform"]);
    }

    /// <summary>The upload page's script asks for JSON; a plain form post asks for HTML.</summary>
    private static bool WantsJson(HttpRequest request)
        => request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));

    private static IResult Refuse(string problem, bool wantsJson, string? library, string? version, string? platform)
    {
        if (wantsJson)
        {
            return TypedResults.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest, title: "Upload refused");
        }

        // Back to the form with the reason and the labels the user typed, so nothing is lost.
        var query = new Dictionary<string, string?> { ["error"] = problem, ["library"] = Label(library), ["version"] = Label(version), ["platform"] = Label(platform) };
        return SeeOther(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/upload", query.Where(p => p.Value is not null)));
    }

    /// <summary>303 makes the browser follow with a GET, so reloading the result page never re-posts the file.</summary>
    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private static string? Label(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

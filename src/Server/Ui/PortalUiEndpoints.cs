using AbiPortal.Client.Components.Shared;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Hosting;
using AbiPortal.Server.Security;
using AbiPortal.Server.Storage;
using AbiPortal.Server.Uploads;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Ui;

/// <summary>
/// The few endpoints the browser UI needs besides its pages: the upload form's POST target (a
/// plain HTML form cannot call the JSON API and follow up with a page), the upload token form
/// (<see cref="BrowserUploadToken"/>), and a small status JSON that the upload page's script
/// polls. Pages themselves are Razor components.
/// </summary>
public static class PortalUiEndpoints
{
    /// <summary>
    /// The upload form's token: the browser's token cookie, or a bearer header. Judged from the
    /// headers before the body is read; a person posting the plain form is sent back to the page.
    /// </summary>
    private static readonly UploadTokenRequirement BrowserToken = new()
    {
        AcceptsBrowserCookie = true,
        MissingDetail = "This portal takes uploads only with an upload token: enter it on the upload page first.",
        RejectedDetail = "That upload token is not one this portal accepts.",
        BrowserRefusal = RefuseWithoutToken,
    };

    /// <summary>The token forms are a few hundred bytes; nothing bigger is read.</summary>
    private const long TokenFormLimit = 16 * 1024;

    /// <summary>Maps <c>POST /ui/upload</c>, <c>POST /ui/token</c>, <c>POST /ui/token/forget</c> and <c>GET /ui/artifacts/{id}/status</c>.</summary>
    public static IEndpointRouteBuilder MapPortalUi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/ui").ExcludeFromDescription();

        // The upload handler binds nothing from the body: the token filter runs first, on headers
        // alone, and the handler then streams the form itself (UploadForm), checking the
        // antiforgery token before the file's first byte. The body limit is the upload limit.
        group.MapPost("/upload", UploadAsync).WithName("UiUpload")
            .WithMetadata(new RequestBodyLimit(RequestBodyLimit.ForUploads(app)))
            .RequireUploadToken(BrowserToken);

        // Small forms bound by the framework, which checks their antiforgery tokens.
        group.MapPost("/token", SaveToken).WithName("UiSaveToken").WithMetadata(new RequestBodyLimit(TokenFormLimit));
        group.MapPost("/token/forget", ForgetToken).WithName("UiForgetToken").WithMetadata(new RequestBodyLimit(TokenFormLimit));
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
        [FromServices] ArtifactStore store,
        [FromServices] ArtifactUploadService uploads,
        [FromServices] IAntiforgery antiforgery,
        [FromServices] IOptions<AntiforgeryOptions> antiforgeryOptions,
        CancellationToken cancellationToken)
    {
        bool wantsJson = WantsJson(context.Request);
        UploadForm form;

        // The page sends the labels before the file: a refusal (a bad label, a file no reader
        // knows) goes back to the form with what the person typed.
        IReadOnlyDictionary<string, string> typed = new Dictionary<string, string>();
        try
        {
            form = await UploadForm.ReadAsync(
                context.Request,
                store,
                f =>
                {
                    typed = new Dictionary<string, string>(f.Fields, StringComparer.OrdinalIgnoreCase);
                    return ValidateAntiforgeryAsync(context, f, antiforgery, antiforgeryOptions.Value);
                },
                cancellationToken);
        }
        catch (UploadRejectedException ex)
        {
            return Refuse(ex.Message, wantsJson, typed.GetValueOrDefault("library"), typed.GetValueOrDefault("version"), typed.GetValueOrDefault("platform"), ex.StatusCode);
        }

        await using (form)
        {
            string? library = Label(form.Fields.GetValueOrDefault("library")), version = Label(form.Fields.GetValueOrDefault("version")), platform = Label(form.Fields.GetValueOrDefault("platform"));
            var labels = new ArtifactLabels(library, version, platform);
            if (LabelRules.Validate(labels) is { } problem)
            {
                return Refuse(problem, wantsJson, library, version, platform);
            }

            var result = await uploads.RegisterAsync(form.File!.Commit(), form.FileName, labels, cancellationToken);
            string url = Display.ArtifactHref(result.Artifact!.Id);
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
    }

    /// <summary>
    /// Keeps an accepted upload token in the browser's cookie and goes back to the upload page;
    /// a wrong one goes back with the reason (never the token itself).
    /// </summary>
    internal static IResult SaveToken(HttpContext context, [FromForm] string? token, [FromServices] UploadTokens tokens, [FromServices] BrowserUploadToken cookie)
    {
        var verdict = tokens.Check(token);
        if (verdict != UploadTokenVerdict.Accepted)
        {
            tokens.LogRefused(context.Request, verdict);
            return Refuse(verdict == UploadTokenVerdict.Missing ? BrowserToken.MissingDetail : BrowserToken.RejectedDetail, wantsJson: false, null, null, null);
        }

        if (tokens.Required)
        {
            cookie.Write(context, token!.Trim());
        }

        return SeeOther("/upload");
    }

    /// <summary>Makes the browser forget its upload token.</summary>
    internal static IResult ForgetToken(HttpContext context, [FromForm] string? forget, [FromServices] BrowserUploadToken cookie)
    {
        cookie.Clear(context);
        return SeeOther("/upload");
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
    /// The form's antiforgery token, checked when the file section starts and before a byte of it is
    /// read. The form carries it as its first field (the page puts <c>&lt;AntiforgeryToken /&gt;</c>
    /// first, and browsers send fields in document order); ASP.NET Core's antiforgery reads a token
    /// from its header before it would read the form, so the field is handed over as that header.
    /// </summary>
    private static async Task ValidateAntiforgeryAsync(HttpContext context, UploadForm form, IAntiforgery antiforgery, AntiforgeryOptions options)
    {
        if (options.HeaderName is { } header && !context.Request.Headers.ContainsKey(header) && form.Fields.TryGetValue(UploadForm.AntiforgeryField, out var token))
        {
            context.Request.Headers[header] = token;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException ex)
        {
            throw new BadHttpRequestException("The upload form has expired or did not come from this portal: reload the upload page and try again.", StatusCodes.Status400BadRequest, ex);
        }
    }

    /// <summary>
    /// A plain form post without an accepted token goes back to the page, which asks for the token;
    /// the body is never read. The script's XHR gets the filter's 401 JSON.
    /// </summary>
    private static ValueTask<IResult?> RefuseWithoutToken(HttpContext context, string problem)
        => ValueTask.FromResult(WantsJson(context.Request) ? null : Refuse(problem, wantsJson: false, null, null, null));

    /// <summary>The upload page's script asks for JSON; a plain form post asks for HTML.</summary>
    private static bool WantsJson(HttpRequest request)
        => request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));

    private static IResult Refuse(string problem, bool wantsJson, string? library, string? version, string? platform, int status = StatusCodes.Status400BadRequest)
    {
        if (wantsJson)
        {
            return TypedResults.Problem(detail: problem, statusCode: status, title: "Upload refused");
        }

        // Back to the form with the reason and the labels the user typed, so nothing is lost.
        var query = new Dictionary<string, string?> { ["error"] = problem, ["library"] = Label(library), ["version"] = Label(version), ["platform"] = Label(platform) };
        return SeeOther(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/upload", query.Where(p => p.Value is not null)));
    }

    /// <summary>303 makes the browser follow with a GET, so reloading the result page never re-posts the file.</summary>
    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private static string? Label(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

namespace AbiPortal.Server.Security;

/// <summary>
/// Endpoint metadata marking a write: when upload tokens are configured, the endpoint's
/// <see cref="UploadTokenFilter"/> refuses requests without one, and the OpenAPI document lists
/// the bearer scheme on it. Put on an endpoint with
/// <see cref="UploadTokenEndpointExtensions.RequireUploadToken"/>.
/// </summary>
public sealed class UploadTokenRequirement
{
    /// <summary>For the JSON API: the token comes only as <c>Authorization: Bearer</c>.</summary>
    public static UploadTokenRequirement Bearer { get; } = new();

    /// <summary>
    /// A form field that may carry the token instead of the header (the browser's upload form,
    /// which cannot set headers without script). Null: header only. The endpoint must bind its
    /// form anyway: the filter reads the form only for endpoints that name a field, so streamed
    /// API uploads are never buffered by it.
    /// </summary>
    public string? FormField { get; init; }

    /// <summary>The ProblemDetails <c>detail</c> when no token was sent: how to send one.</summary>
    public string MissingDetail { get; init; } =
        "Writes to this server need an upload token, sent as 'Authorization: Bearer <token>'.";

    /// <summary>The ProblemDetails <c>detail</c> when the token sent is not a configured one.</summary>
    public string RejectedDetail { get; init; } = "The upload token sent is not one this server accepts.";

    /// <summary>
    /// An answer for a plain browser form post (given the request and the detail), or null for the
    /// 401 ProblemDetails. Lets the UI send a person back to the form instead of a JSON page.
    /// </summary>
    public Func<HttpContext, string, ValueTask<IResult?>>? BrowserRefusal { get; init; }
}

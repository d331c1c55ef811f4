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
    /// True when the browser's token cookie (<see cref="BrowserUploadToken"/>) may carry the token
    /// instead of the header (the upload page, whose plain form cannot set headers). Either way the
    /// token comes from the request's headers, so it is judged before the body is read.
    /// </summary>
    public bool AcceptsBrowserCookie { get; init; }

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

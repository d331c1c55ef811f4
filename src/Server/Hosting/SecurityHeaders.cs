namespace AbiPortal.Server.Hosting;

/// <summary>
/// Response headers that keep the portal's pages what they are: its own scripts, styles and
/// images only (no inline script or style exists, so none is allowed: an HTML injection that got
/// past the encoders would still run nothing), never framed by another site (clickjacking),
/// never content-sniffed into something executable, and no URL (which carries search terms and
/// ids) sent as a referrer to other sites. Set on every response, the JSON API's included.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy of every response.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>Adds the headers to every response before it starts.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";

            // frame-ancestors above is the standard; X-Frame-Options covers browsers before it.
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
    }
}

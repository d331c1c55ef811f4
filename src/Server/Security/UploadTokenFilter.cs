using Microsoft.Extensions.Primitives;

namespace AbiPortal.Server.Security;

/// <summary>
/// Refuses a write without an accepted upload token: 401 ProblemDetails with
/// <c>WWW-Authenticate: Bearer</c> (RFC 6750 §3), or the endpoint's browser answer. Passes
/// everything through when no token is configured. The token comes from the headers only (a
/// bearer header, or the browser's token cookie), and the endpoints it guards bind nothing from
/// the body, so a refused upload's body is never read, let alone stored.
/// </summary>
internal sealed class UploadTokenFilter(UploadTokenRequirement requirement) : IEndpointFilter
{
    /// <summary>The auth-scheme of RFC 6750 §2.1; auth-schemes are case-insensitive (RFC 9110 §11.1).</summary>
    private const string BearerPrefix = "Bearer ";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var tokens = http.RequestServices.GetRequiredService<UploadTokens>();
        if (!tokens.Required)
        {
            return await next(context);
        }

        string? presented = BearerToken(http.Request.Headers.Authorization)
            ?? (requirement.AcceptsBrowserCookie ? http.RequestServices.GetRequiredService<BrowserUploadToken>().Read(http) : null);
        var verdict = tokens.Check(presented);
        if (verdict == UploadTokenVerdict.Accepted)
        {
            return await next(context);
        }

        tokens.LogRefused(http.Request, verdict);
        bool missing = verdict == UploadTokenVerdict.Missing;
        string detail = missing ? requirement.MissingDetail : requirement.RejectedDetail;
        if (requirement.BrowserRefusal is { } refuse && await refuse(http, detail) is { } browserAnswer)
        {
            return browserAnswer;
        }

        // RFC 6750 §3.1: no error code when no credentials came, invalid_token for a wrong one.
        http.Response.Headers.WWWAuthenticate = missing ? "Bearer" : "Bearer error=\"invalid_token\"";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: missing ? "Upload token required" : "Upload token not accepted");
    }

    /// <summary>The token of the first <c>Authorization: Bearer</c> value, or null.</summary>
    internal static string? BearerToken(StringValues authorization)
    {
        foreach (string? value in authorization)
        {
            if (value is not null && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return value[BearerPrefix.Length..].Trim();
            }
        }

        return null;
    }
}

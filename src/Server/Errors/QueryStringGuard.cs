namespace AbiPortal.Server.Errors;

/// <summary>
/// Refuses a query string that decodes to a NUL character (<c>?q=a%00</c>) with a 400, before any
/// endpoint turns it into a database parameter: PostgreSQL text cannot hold NUL and answers such a
/// query with an error (a 500 here), and no name, label or filter the portal knows contains one.
/// Kestrel already refuses NUL in the path.
/// </summary>
public static class QueryStringGuard
{
    /// <summary>Adds the check; put it after the exception handler, which turns the refusal into ProblemDetails or the error page.</summary>
    public static IApplicationBuilder UseQueryStringGuard(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            if (context.Request.QueryString.Value is { } query && query.Contains("%00", StringComparison.Ordinal))
            {
                throw new BadHttpRequestException("Query values must not contain NUL characters.", StatusCodes.Status400BadRequest);
            }

            return next(context);
        });
    }
}

using AbiPortal.Client.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Errors;

/// <summary>
/// Answers every exception that escapes an endpoint: with the status <see cref="RequestFailure"/>
/// gives it (a 4xx for what the client sent, 500 otherwise), as a ProblemDetails for the API and
/// the upload page's script, and as the portal's HTML error page for a person's browser. A 4xx is
/// logged at debug level only: it is the client's mistake, not the server's.
/// </summary>
internal sealed partial class PortalExceptionHandler(IProblemDetailsService problems, ILogger<PortalExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        var failure = RequestFailure.Of(exception);
        if (failure is null)
        {
            // A server fault: logged in full here, because handling it suppresses the middleware's own log.
            LogServerFault(exception, httpContext.Request.Method, httpContext.Request.Path);
            failure = new RequestFailure(StatusCodes.Status500InternalServerError, "Something went wrong", "The server failed to answer this request; the failure is in its log.");
        }
        else
        {
            LogClientFault(httpContext.Request.Method, httpContext.Request.Path, failure.Status, failure.Detail);
        }

        httpContext.Response.StatusCode = failure.Status;
        if (WantsPage(httpContext.Request))
        {
            var page = new RazorComponentResult<ErrorDocument>(new Dictionary<string, object?>
            {
                [nameof(ErrorDocument.Status)] = failure.Status,
                [nameof(ErrorDocument.Title)] = failure.Title,
                [nameof(ErrorDocument.Detail)] = failure.Detail,
            })
            {
                StatusCode = failure.Status,
            };
            await page.ExecuteAsync(httpContext);
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = failure.Status, Title = failure.Title, Detail = failure.Detail },
        });
    }

    /// <summary>
    /// A person's browser: anything outside <c>/api</c> and <c>/openapi</c> that does not ask for
    /// JSON (the upload page's script does, and gets ProblemDetails like the API).
    /// </summary>
    internal static bool WantsPage(HttpRequest request)
        => !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi")
           && !request.Headers.Accept.Any(a => a is not null && a.Contains("json", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private partial void LogServerFault(Exception exception, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Path}: {Status} {Detail}")]
    private partial void LogClientFault(string method, PathString path, int status, string detail);
}

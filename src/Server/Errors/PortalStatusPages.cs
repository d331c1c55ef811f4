using AbiPortal.Client.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AbiPortal.Server.Errors;

/// <summary>
/// Bodies for error statuses that no endpoint wrote one for (an unknown route's 404, a 405): the
/// portal's HTML error page for a person's browser, ProblemDetails for the API and for clients
/// that ask for JSON, as <see cref="PortalExceptionHandler"/> decides for failures.
/// </summary>
public static class PortalStatusPages
{
    /// <summary>Adds the status-code pages; put it where <c>UseStatusCodePages()</c> would go.</summary>
    public static IApplicationBuilder UsePortalStatusPages(this IApplicationBuilder app)
        => app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            int status = http.Response.StatusCode;
            if (!PortalExceptionHandler.WantsPage(http.Request))
            {
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = status },
                });
                return;
            }

            var (title, detail) = status switch
            {
                StatusCodes.Status404NotFound => ("Page not found", $"There is no page at {http.Request.Path}. The links below lead to what the portal has."),
                StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"{http.Request.Method} is not how this address is used."),
                _ => ("Request refused", $"The server answered {status}."),
            };
            var page = new RazorComponentResult<ErrorDocument>(new Dictionary<string, object?>
            {
                [nameof(ErrorDocument.Status)] = status,
                [nameof(ErrorDocument.Title)] = title,
                [nameof(ErrorDocument.Detail)] = detail,
            })
            {
                StatusCode = status,
            };
            await page.ExecuteAsync(http);
        });
}

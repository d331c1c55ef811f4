using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace AbiPortal.Client.Components.Pages;

/// <summary>
/// Base of the portal's pages. Pages render once on the server (static SSR), so the request's
/// <see cref="HttpContext"/> is available: queries get its abort token, and a page for an unknown
/// id answers with a real 404 status instead of an empty 200.
/// </summary>
public abstract class PortalPage : ComponentBase
{
    /// <summary>The request being rendered (always set under static SSR).</summary>
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary>Cancelled when the browser goes away, so abandoned queries stop.</summary>
    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>Marks the response 404; the page then renders its own not-found message.</summary>
    protected void SetNotFound()
    {
        if (HttpContext is { Response.HasStarted: false })
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>Marks the response 400 for a query the page cannot answer (bad filter words).</summary>
    protected void SetBadRequest()
    {
        if (HttpContext is { Response.HasStarted: false })
        {
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}

using AbiPortal.Client.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;
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

    /// <summary>The navigation manager, which turns an unknown id into a real 404 page.</summary>
    [Inject]
    public NavigationManager Navigation { get; set; } = default!;

    /// <summary>
    /// Answers 404 with the router's not-found page. Under static SSR, Blazor writes no body for a
    /// 404 that a page set by hand; <see cref="NavigationManager.NotFound"/> renders the router's
    /// NotFoundPage instead.
    /// </summary>
    protected void SetNotFound() => Navigation.NotFound();

    /// <summary>
    /// Lets the server keep this page's HTML and serve it again until data under one of
    /// <paramref name="tags"/> changes (<see cref="PageCache"/>). Only for pages of settled data.
    /// </summary>
    protected void AllowCaching(params string[] tags) => PageCache.Allow(HttpContext, tags);

    /// <summary>Marks the response 400 for a query the page cannot answer (bad filter words).</summary>
    protected void SetBadRequest() => SetStatus(StatusCodes.Status400BadRequest);

    private void SetStatus(int status)
    {
        if (HttpContext is not { Response.HasStarted: false })
        {
            return;
        }

        HttpContext.Response.StatusCode = status;

        // The server's UseStatusCodePages would otherwise swap the page for a ProblemDetails body:
        // right for the JSON API, wrong for a person who followed a stale link.
        if (HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
    }
}

using AbiPortal.Parsers.Diff;

namespace AbiPortal.Server.Api;

/// <summary>Absolute links to the UI pages, built from the request's own scheme and host.</summary>
internal static class PortalLinks
{
    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Diff(HttpRequest request, long baseId, long headId) => $"{Origin(request)}/diff?base={baseId}&head={headId}";

    public static string Artifact(HttpRequest request, long id) => $"{Origin(request)}/artifacts/{id}";

    /// <summary>The Markdown report's links: the diff page and both artifacts.</summary>
    public static MarkdownOptions Markdown(HttpRequest request, long baseId, long headId, string? marker = null) => new()
    {
        DiffUrl = Diff(request, baseId, headId),
        Artifacts = [new MarkdownLink("base", Artifact(request, baseId)), new MarkdownLink("head", Artifact(request, headId))],
        Marker = marker,
    };
}

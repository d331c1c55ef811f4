using AbiPortal.Parsers.Diff;

namespace AbiPortal.Cli.Check;

/// <summary>
/// The hidden marker that lets <c>abiportal check --github</c> find the comment it posted before,
/// so a pull request keeps one AbiPortal comment per library that follows its pushes.
/// </summary>
internal static class StickyComment
{
    /// <summary>
    /// An HTML comment GitHub does not render; one per library so several checks can share a PR.
    /// The library is encoded as the server encodes it (<see cref="CheckMarker"/>), so a label can
    /// never end the comment early.
    /// </summary>
    public static string Marker(string library) => $"<!-- {CheckMarker.For(library)} -->";

    /// <summary>The body with the marker as its first line (added when the server's Markdown lacks it).</summary>
    public static string WithMarker(string body, string library)
    {
        string marker = Marker(library);
        return body.Contains(marker, StringComparison.Ordinal) ? body : marker + "\n" + body;
    }

    /// <summary>The id of the first comment carrying the marker, or null.</summary>
    public static long? Find(IEnumerable<GitHubComment> comments, string library)
    {
        string marker = Marker(library);
        foreach (var c in comments)
        {
            if (c.Body is not null && c.Body.Contains(marker, StringComparison.Ordinal))
            {
                return c.Id;
            }
        }

        return null;
    }
}

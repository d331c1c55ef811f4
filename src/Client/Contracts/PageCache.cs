using Microsoft.AspNetCore.Http;

namespace AbiPortal.Client.Contracts;

/// <summary>
/// Lets a page say that its answer may be kept and served again to everyone asking for the same
/// URL until something it shows changes, and what that is. The portal's pages show stored,
/// immutable data (a parsed artifact, a stored diff), so the 48th reader of a libLLVM diff page
/// gets the HTML the first one caused instead of rendering it again. The server's output cache
/// keeps only pages that said so, under these tags, and evicts a tag when its data changes
/// (an upload parsed, deleted or promoted); a page of data still moving (a parse in progress)
/// never says so.
/// </summary>
public static class PageCache
{
    /// <summary>Where a page leaves its tags for the server's cache policy.</summary>
    public const string ItemKey = "AbiPortal.PageCacheTags";

    /// <summary>The home page's lists (libraries, recent uploads).</summary>
    public const string Home = "home";

    /// <summary>Symbol search results: any artifact becoming ready, deleted or relabelled changes them.</summary>
    public const string Search = "search";

    /// <summary>Pages that show this artifact (its own, diffs it is a side of).</summary>
    public static string Artifact(long id) => $"artifact:{id}";

    /// <summary>Pages that show this library's uploads (its timeline, an export's history).</summary>
    public static string Library(string name) => $"library:{name}";

    /// <summary>Marks the response being rendered as cacheable under <paramref name="tags"/>.</summary>
    public static void Allow(HttpContext? context, params string[] tags)
    {
        if (context is not null)
        {
            context.Items[ItemKey] = tags;
        }
    }
}

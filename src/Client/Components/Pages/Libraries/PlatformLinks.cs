using System.Globalization;
using AbiPortal.Client.Components.Shared;

namespace AbiPortal.Client.Components.Pages.Libraries;

/// <summary>The URLs of the platform view and of its downloads, in one place.</summary>
public static class PlatformLinks
{
    /// <summary>The platform view of a library, for one version when given.</summary>
    public static string Page(string library, string? version = null, string? filter = null, string? missing = null)
    {
        var query = new List<string>();
        Add(query, "version", version);
        Add(query, "filter", filter);
        Add(query, "missing", missing);
        return Display.LibraryHref(library) + "/platforms" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    /// <summary>The matrix API of a version, with the page's filter: <c>format=csv</c> (every row) or JSON with <c>all=true</c>.</summary>
    public static string Api(string library, string version, string format, string? filter, string? q, string? missing)
    {
        var query = new List<string>();
        Add(query, "filter", filter);
        Add(query, "q", q);
        Add(query, "missing", missing);
        query.Add(format == "csv" ? "format=csv" : "all=true");
        return string.Create(CultureInfo.InvariantCulture, $"/api/libraries/{Uri.EscapeDataString(library)}/versions/{Uri.EscapeDataString(version)}/matrix?{string.Join("&", query)}");
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}

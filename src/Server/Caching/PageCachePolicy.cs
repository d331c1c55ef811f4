using AbiPortal.Client.Contracts;
using AbiPortal.Server.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Caching;

/// <summary>
/// The output-cache policy of the pages: a GET is looked up by path and full query string; its
/// answer is stored only when the page marked it cacheable (<see cref="PageCache.Allow"/>) and it
/// is a 200, under the page's tags, for <see cref="PortalOptions.PageCacheLifetime"/>. Concurrent
/// requests for a page being rendered wait for that one rendering. Writes in this process evict
/// the tags they touch at once (<see cref="PageCacheEvictions"/>); the lifetime bounds how long a
/// change made by another server sharing the PostgreSQL database can go unseen here.
/// </summary>
internal sealed class PageCachePolicy(IOptions<PortalOptions> options) : IOutputCachePolicy
{
    /// <inheritdoc />
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        bool cacheable = options.Value.PageCacheLifetime > TimeSpan.Zero && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status200OK
            || http.Items[PageCache.ItemKey] is not string[] tags
            || http.Response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        foreach (string tag in tags)
        {
            context.Tags.Add(tag);
        }

        context.ResponseExpirationTimeSpan = options.Value.PageCacheLifetime;
        return ValueTask.CompletedTask;
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AbiPortal.Ui.Tests.Components;

/// <summary>
/// Renders one component to HTML with ASP.NET Core's own <see cref="HtmlRenderer"/> (the static
/// SSR path the server uses) and parses the result with AngleSharp, so component tests check the
/// markup a browser really receives.
/// </summary>
internal static class ComponentHtml
{
    /// <summary>Renders <typeparamref name="TComponent"/> as if requested at <paramref name="uri"/>.</summary>
    public static async Task<IDocument> RenderAsync<TComponent>(IDictionary<string, object?> parameters, string uri = "http://localhost/")
        where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddSingleton<NavigationManager>(new FixedNavigationManager(uri));
        services.AddSingleton<INavigationInterception, NoNavigationInterception>();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, NullLoggerFactory.Instance);
        string html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
        var parser = new HtmlParser();
        return await parser.ParseDocumentAsync("<!DOCTYPE html><html><body>" + html + "</body></html>");
    }

    private sealed class FixedNavigationManager : NavigationManager
    {
        public FixedNavigationManager(string uri)
        {
            var parsed = new Uri(uri);
            Initialize(parsed.GetLeftPart(UriPartial.Authority) + "/", uri);
        }
    }

    private sealed class NoNavigationInterception : INavigationInterception
    {
        public Task EnableNavigationInterceptionAsync() => Task.CompletedTask;
    }
}

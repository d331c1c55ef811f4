using Microsoft.Playwright;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>A server whose uploads need <see cref="Token"/>, with a Chromium of its own.</summary>
public sealed class TokenPortalFixture : IAsyncLifetime
{
    /// <summary>The one upload token the server accepts.</summary>
    public const string Token = "ui-upload-token-3c9e71";

    private PortalServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The server's root URL.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        server = new PortalServer(Token);
        server.Start();
        BaseUrl = server.BaseUrl;
        playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = PortalFixture.ChromiumArgs,
        });
    }

    /// <summary>A fresh page (own cookies), with or without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

using Microsoft.Playwright;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>
/// One server and one Chromium for all browser tests (starting either per test would blow the
/// project's three-minute budget). Debian's Chromium is used as installed: never
/// <c>playwright install</c>, whose downloads are blocked here.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private PortalServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The server's root URL.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The running server, for seeding data through its own services.</summary>
    internal PortalServer Server => server ?? throw new InvalidOperationException("Not started.");

    /// <summary>The shared browser.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException("Not started.");

    /// <summary>Where screenshots go: test-output/screenshots under the repository root.</summary>
    public static string ScreenshotFolder => Path.Combine(AbiPortal.Tests.TestPaths.RepoRoot, "test-output", "screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        server = new PortalServer();
        server.Start();
        BaseUrl = server.BaseUrl;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh page (own cookies) at a desktop size, with or without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ColorScheme = colorScheme,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot as test-output/screenshots/<paramref name="name"/>.png.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

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

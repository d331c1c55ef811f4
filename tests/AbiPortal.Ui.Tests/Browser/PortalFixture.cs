using AbiPortal.Client.Contracts;
using AbiPortal.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>
/// One server and one Chromium for all browser tests (starting either per test would blow the
/// project's three-minute budget). Debian's Chromium is used as installed: never
/// <c>playwright install</c>, whose downloads are blocked here.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    /// <summary>How Debian's Chromium is started for every browser fixture.</summary>
    internal static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private PortalServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The libshapes versions every browser test can rely on, in upload order.</summary>
    public static IReadOnlyList<string> ShapesVersions { get; } = ["1.0", "1.1", "2.0"];

    /// <summary>Artifact id of each seeded libshapes version.</summary>
    public IReadOnlyDictionary<string, long> Shapes { get; private set; } = new Dictionary<string, long>();

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
        // CI machines have two cores shared by the server, its parse workers and Chromium: give
        // assertions and actions room (a page that never gets there still fails, just later).
        Assertions.SetDefaultExpectTimeout(15_000);
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
        Shapes = await SeedShapesAsync();
    }

    /// <summary>
    /// Uploads the three libshapes versions through the server's own upload service (the upload
    /// page itself is tested with other files) and waits until its workers have parsed them.
    /// </summary>
    private async Task<Dictionary<string, long>> SeedShapesAsync()
    {
        var ids = new Dictionary<string, long>();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        foreach (string version in ShapesVersions)
        {
            using var scope = Server.Services.CreateScope();
            var uploads = scope.ServiceProvider.GetRequiredService<IArtifactUploads>();
            string file = TestPaths.Fixture("ui", "libshapes.so." + version);
            await using var stream = File.OpenRead(file);
            var result = await uploads.UploadAsync(stream, Path.GetFileName(file), new ArtifactLabels("shapes", version, "linux-x86_64"), cancel.Token);
            ids[version] = result.Artifact?.Id ?? throw new InvalidOperationException($"libshapes {version} was refused: {result.Problem}");
        }

        foreach (long id in ids.Values)
        {
            await WaitUntilParsedAsync(id, cancel.Token);
        }

        return ids;
    }

    /// <summary>Uploads a file through the server's own upload service and waits until it is parsed; returns its id.</summary>
    public async Task<long> UploadAsync(string path, string name, ArtifactLabels labels)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var scope = Server.Services.CreateScope();
        var uploads = scope.ServiceProvider.GetRequiredService<IArtifactUploads>();
        await using var stream = File.OpenRead(path);
        var result = await uploads.UploadAsync(stream, name, labels, cancel.Token);
        long id = result.Artifact?.Id ?? throw new InvalidOperationException($"{name} was refused: {result.Problem}");
        await WaitUntilParsedAsync(id, cancel.Token);
        return id;
    }

    /// <summary>Uploads a fixture file (tests/fixtures/<paramref name="area"/>/<paramref name="file"/>) and waits until it is parsed and ready.</summary>
    public async Task<long> UploadFixtureAsync(string area, string file, ArtifactLabels labels, CancellationToken cancellationToken, string? uploadAs = null)
    {
        using var scope = Server.Services.CreateScope();
        var uploads = scope.ServiceProvider.GetRequiredService<IArtifactUploads>();
        await using var stream = File.OpenRead(TestPaths.Fixture(area, file));
        var result = await uploads.UploadAsync(stream, uploadAs ?? file, labels, cancellationToken);
        long id = result.Artifact?.Id ?? throw new InvalidOperationException($"{file} was refused: {result.Problem}");
        Assert.Equal(ArtifactStatus.Ready, await WaitUntilParsedAsync(id, cancellationToken));
        return id;
    }

    /// <summary>Polls the artifact until its parse job has ended; returns its final status.</summary>
    public async Task<ArtifactStatus> WaitUntilParsedAsync(long id, CancellationToken cancellationToken)
    {
        while (true)
        {
            using (var scope = Server.Services.CreateScope())
            {
                var detail = await scope.ServiceProvider.GetRequiredService<IPortalQueries>().GetArtifactAsync(id, cancellationToken);
                if (detail?.Summary.Status is ArtifactStatus.Ready or ArtifactStatus.Failed)
                {
                    return detail.Summary.Status;
                }
            }

            await Task.Delay(100, cancellationToken);
        }
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
        context.SetDefaultTimeout(30_000);
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

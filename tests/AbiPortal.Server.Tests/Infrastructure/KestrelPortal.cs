namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// One server on Kestrel and a SQLite file of its own, with small limits so the refusals are cheap
/// to provoke: uploads up to <see cref="UploadLimit"/> bytes (Kestrel's own limit for the upload
/// endpoints is 1 MiB above it, for the form around the file), snapshot JSON up to
/// <see cref="CheckJsonLimit"/>.
/// </summary>
public sealed class KestrelPortal : IAsyncLifetime
{
    public const long UploadLimit = 64 * 1024;

    public const long CheckJsonLimit = 4096;

    private readonly TempDirectory data = new("abiportal-kestrel");

    public PortalFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress => Factory.BaseAddress;

    /// <summary>Files in tmp/ right now.</summary>
    public IReadOnlyList<string> TempFiles => Directory.Exists(Path.Combine(data.Path, "tmp")) ? Directory.GetFiles(Path.Combine(data.Path, "tmp")) : [];

    public Task InitializeAsync()
    {
        Factory = new PortalFactory(data.Path, workers: 1, kestrel: true, settings: new Dictionary<string, string>
        {
            ["AbiPortal:UploadLimitBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AbiPortal:CheckJsonLimitBytes"] = CheckJsonLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        // A connection per request: Kestrel closes one whose body it refused to read, and a pooled
        // client could otherwise send the next test's request down it.
        Client = new HttpClient { BaseAddress = Factory.BaseAddress };
        Client.DefaultRequestHeaders.ConnectionClose = true;
        return Task.CompletedTask;
    }

    /// <summary>Waits until tmp/ is empty (the server removes a temp file once it notices the request ended), or fails.</summary>
    public async Task AssertNoTempFilesAsync()
    {
        for (int i = 0; i < 100 && TempFiles.Count > 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Empty(TempFiles);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        data.Dispose();
    }
}

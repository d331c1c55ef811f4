using AbiPortal.Client.Contracts;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>A SQLite server with libdemo 1.0 and 2.0 uploaded under library <c>demo</c> and parsed.</summary>
public sealed class DemoPortal : IAsyncLifetime
{
    private readonly SqlitePortal portal = new();

    public HttpClient Client => portal.Client;

    public ArtifactDetail V1 { get; private set; } = null!;

    public ArtifactDetail V2 { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await portal.InitializeAsync();
        var (_, v2, _) = await PortalClient.UploadAsync(Client, Fixtures.DemoV2, "libdemo-2.0.so", ("library", "demo"), ("version", "2.0"));
        var (_, v1, _) = await PortalClient.UploadAsync(Client, Fixtures.DemoV1, "libdemo-1.0.so", ("library", "demo"), ("version", "1.0"));
        V1 = await PortalClient.WaitParsedAsync(Client, v1!.Id);
        V2 = await PortalClient.WaitParsedAsync(Client, v2!.Id);
    }

    public Task DisposeAsync() => portal.DisposeAsync();
}

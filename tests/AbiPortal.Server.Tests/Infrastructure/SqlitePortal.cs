namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>One server on a SQLite file of its own, shared by the tests of a class.</summary>
public sealed class SqlitePortal : IAsyncLifetime
{
    private readonly TempDirectory data = new("abiportal-sqlite");

    public PortalFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new PortalFactory(data.Path);
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        data.Dispose();
    }
}

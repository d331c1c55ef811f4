using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>
/// The real AbiPortal server (its own Program, services, database and parse workers) listening on
/// Kestrel at a free loopback port, with a fresh data folder, so a real browser can reach it.
/// With <c>uploadTokens</c>, uploads need one of them (AbiPortal:UploadTokens).
/// </summary>
internal sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "abiportal-ui-" + Guid.NewGuid().ToString("N"));
    private readonly string[] uploadTokens;

    public PortalServer(params string[] uploadTokens)
    {
        this.uploadTokens = uploadTokens;
        Directory.CreateDirectory(dataPath);
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Where the server keeps its artifacts and SQLite database for this run.</summary>
    public string DataPath => dataPath;

    /// <summary>The server's root URL, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("The server exposes no addresses.");
            return addresses.Addresses.First().TrimEnd('/');
        }
    }

    /// <summary>Starts Kestrel (the factory is lazy otherwise).</summary>
    public void Start() => StartServer();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("AbiPortal:DataPath", dataPath);
        for (int i = 0; i < uploadTokens.Length; i++)
        {
            builder.UseSetting($"AbiPortal:UploadTokens:{i}", uploadTokens[i]);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(dataPath, recursive: true);
            }
            catch (IOException)
            {
                // A worker may still hold the SQLite file for a moment; the temp folder is disposable.
            }
        }
    }
}

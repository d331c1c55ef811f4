using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// The real server in-process over a data folder of its own (SQLite file there), or against a
/// PostgreSQL database when a connection string is given. Settings go in with UseSetting, which
/// Program sees while it builds (worker count, timeouts); <paramref name="clock"/>, when given,
/// replaces the server's TimeProvider so a test can move time instead of waiting. With
/// <paramref name="kestrel"/> it listens on Kestrel at a free loopback port (<see cref="BaseAddress"/>),
/// so requests travel as real HTTP: Kestrel's limits apply and a body can be cut short.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string? postgres;
    private readonly int workers;
    private readonly IReadOnlyDictionary<string, string>? settings;
    private readonly TimeProvider? clock;

    public PortalFactory(string dataPath, string? postgres = null, int workers = 2, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null, bool kestrel = false)
    {
        DataPath = dataPath;
        this.postgres = postgres;
        this.workers = workers;
        this.settings = settings;
        this.clock = clock;
        if (kestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>The data folder (artifacts, and the SQLite database when no PostgreSQL).</summary>
    public string DataPath { get; }

    /// <summary>Kestrel's address, e.g. <c>http://127.0.0.1:41234</c> (starts the server; Kestrel factories only).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("The server exposes no addresses.");
            return new Uri(addresses.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AbiPortal:DataPath", DataPath);
        builder.UseSetting("AbiPortal:Workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("AbiPortal:PollInterval", "00:00:00.200");
        builder.UseSetting("ConnectionStrings:AbiPortal", postgres ?? string.Empty);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}

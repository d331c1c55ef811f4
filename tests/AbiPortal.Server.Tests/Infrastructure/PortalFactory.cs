using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// The real server in-process over a data folder of its own (SQLite file there), or against a
/// PostgreSQL database when a connection string is given. Settings go in with UseSetting, which
/// Program sees while it builds (worker count, timeouts); <paramref name="clock"/>, when given,
/// replaces the server's TimeProvider so a test can move time instead of waiting.
/// </summary>
public sealed class PortalFactory(string dataPath, string? postgres = null, int workers = 2, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null) : WebApplicationFactory<Program>
{
    /// <summary>The data folder (artifacts, and the SQLite database when no PostgreSQL).</summary>
    public string DataPath { get; } = dataPath;

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

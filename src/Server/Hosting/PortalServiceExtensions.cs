using AbiPortal.Client.Contracts;
using AbiPortal.Server.Caching;
using AbiPortal.Server.Data;
using AbiPortal.Server.Diffs;
using AbiPortal.Server.Errors;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Queries;
using AbiPortal.Server.Retention;
using AbiPortal.Server.Security;
using AbiPortal.Server.Storage;
using AbiPortal.Server.Uploads;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AbiPortal.Server.Hosting;

/// <summary>Everything the portal registers, so Program.cs stays a few lines.</summary>
public static class PortalServiceExtensions
{
    /// <summary>The connection string name that switches the database to PostgreSQL.</summary>
    public const string ConnectionStringName = "AbiPortal";

    /// <summary>Options, database, storage, upload tokens, queue, workers, queries, OpenAPI, ProblemDetails and the UI.</summary>
    public static WebApplicationBuilder AddPortalServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        var portal = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();

        // Bodies are small everywhere but on the upload endpoints, which raise their own limit to
        // the upload limit (RequestBodyLimit); past a limit Kestrel answers 413 whether or not a
        // Content-Length came.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestBodyLimit.DefaultBytes);

        // Antiforgery tokens and the browser's upload-token cookie are sealed with these keys:
        // kept with the data, they survive a restart and are shared by servers sharing the folder.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(portal.FullDataPath, "keys"))).SetApplicationName("AbiPortal");

        services.TryAddSingleton(TimeProvider.System);
        AddDatabase(services, builder.Configuration.GetConnectionString(ConnectionStringName), portal);

        services.AddSingleton<ArtifactStore>();
        services.AddSingleton<StoreSweeper>();
        services.AddSingleton<ParseSignal>();
        services.AddSingleton<ServerInstance>();
        services.AddSingleton<ServerLiveness>();
        services.AddSingleton<DiffComputer>();
        services.AddSingleton<DiffIndexer>();
        services.AddScoped<DiffStore>();
        services.AddSingleton<ExportPageCache>();
        services.AddSingleton<MatrixCache>();
        services.AddSingleton<UploadTokens>();
        services.AddSingleton<BrowserUploadToken>();
        services.AddScoped<ParseQueue>();
        services.AddScoped<BulkRowWriter>();
        services.AddScoped<SnapshotIngestor>();
        services.AddScoped<DebugPairing>();
        services.AddSingleton<Queries.Abi.AbiSurfaceCache>();
        services.AddScoped<IAbiQueries, Queries.Abi.AbiQueries>();
        services.AddScoped<ArtifactUploadService>();
        services.AddScoped<IArtifactUploads>(sp => sp.GetRequiredService<ArtifactUploadService>());
        services.AddScoped<IPortalQueries, PortalQueries>();
        services.AddScoped<IMatrixQueries, MatrixQueries>();
        services.AddSingleton<Queries.Lint.LintCache>();
        services.AddScoped<Queries.Lint.ContractQueries>();
        services.AddScoped<IContractQueries>(sp => sp.GetRequiredService<Queries.Lint.ContractQueries>());
        services.AddScoped<ArtifactDeleter>();
        services.AddSingleton<PrBuildSweeper>();

        // Order matters: hosted services start one after another, so the database is migrated
        // (and orphaned jobs re-queued) before the first worker claims.
        services.AddHostedService(sp => sp.GetRequiredService<ServerLiveness>());
        services.AddHostedService<DatabaseInitializer>();
        for (int i = 0; i < portal.Workers; i++)
        {
            int index = i;
            services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<ParseWorker>(sp, index));
        }

        services.AddHostedService(sp => sp.GetRequiredService<DiffIndexer>());
        services.AddHostedService(sp => sp.GetRequiredService<PrBuildSweeper>());

        // Rendered pages of settled data, kept by tag (Caching/PageCachePolicy): 64 MiB of HTML.
        services.AddOutputCache(o => o.SizeLimit = 64L * 1024 * 1024);
        services.AddSingleton<PageCachePolicy>();
        services.AddSingleton<PageCacheEvictions>();

        services.AddProblemDetails();
        services.AddExceptionHandler<PortalExceptionHandler>();

        // A query or route value that does not bind (page=abc) throws BadHttpRequestException in
        // every environment, not only in Development, so PortalExceptionHandler answers it with a
        // ProblemDetails that says which parameter was wrong instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddUploadTokenScheme());
        services.AddRazorComponents();
        return builder;
    }

    private static void AddDatabase(IServiceCollection services, string? postgres, PortalOptions portal)
    {
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddDbContext<PostgresPortalDbContext>(o => o.UseNpgsql(postgres).ConfigureWarnings(IgnoreMissingModelSnapshot));
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<PostgresPortalDbContext>());
        }
        else
        {
            string file = Path.Combine(portal.FullDataPath, "abiportal.db");
            services.AddDbContext<SqlitePortalDbContext>(o => o.UseSqlite($"Data Source={file}").ConfigureWarnings(IgnoreMissingModelSnapshot));
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqlitePortalDbContext>());
        }
    }

    /// <summary>
    /// The migrations are written by hand as SQL (the EF design-time package cannot be restored from
    /// our NuGet copy, see docs/api.md), so there is no model snapshot to compare with; a test
    /// compares each migration with the DDL of the current model instead.
    /// </summary>
    private static void IgnoreMissingModelSnapshot(WarningsConfigurationBuilder warnings)
        => warnings.Ignore(RelationalEventId.PendingModelChangesWarning);
}

using AbiPortal.Client.Components;
using AbiPortal.Server.Api;
using AbiPortal.Server.Errors;
using AbiPortal.Server.Hosting;

// Content root = the app's own folder (appsettings.json, static assets), so the working directory
// only decides where the relative data path points: ./data wherever the server is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddPortalServices();

var app = builder.Build();
app.UseSecurityHeaders();

// A fresh DI scope for the error page: the failed render may have set up this request's
// scoped Blazor services already.
app.UseExceptionHandler(new ExceptionHandlerOptions { CreateScopeForErrors = true });
app.UseQueryStringGuard();
app.UsePortalStatusPages();
app.UseAntiforgery();
app.UseOutputCache();
app.MapStaticAssets();
app.MapOpenApi();
app.MapHealthApi();
app.MapArtifactsApi();
app.MapContractApi();
app.MapAbiApi();
app.MapLibrariesApi();
app.MapDiffApi();
app.MapDiffChangesApi();
app.MapMatrixApi();
app.MapCheckApi();
app.MapPortalUi();
app.MapRazorComponents<App>().CacheOutput(app.Services.GetRequiredService<AbiPortal.Server.Caching.PageCachePolicy>());
app.Run();

/// <summary>Entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;

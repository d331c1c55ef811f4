using AbiPortal.Client.Components;
using AbiPortal.Server.Api;
using AbiPortal.Server.Hosting;

// Content root = the app's own folder (appsettings.json, static assets), so the working directory
// only decides where the relative data path points: ./data wherever the server is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddPortalServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapOpenApi();
app.MapHealthApi();
app.MapArtifactsApi();
app.MapContractApi();
app.MapLibrariesApi();
app.MapDiffApi();
app.MapMatrixApi();
app.MapCheckApi();
app.MapPortalUi();
app.MapRazorComponents<App>();
app.Run();

/// <summary>Entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;

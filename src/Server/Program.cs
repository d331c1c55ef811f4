using AbiPortal.Client.Components;
using AbiPortal.Server.Api;
using AbiPortal.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapOpenApi();
app.MapHealthApi();
app.MapArtifactsApi();
app.MapLibrariesApi();
app.MapDiffApi();
app.MapCheckApi();
app.MapPortalUi();
app.MapRazorComponents<App>();
app.Run();

/// <summary>Entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;

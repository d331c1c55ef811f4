using AbiPortal.Client.Components;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents();
var app = builder.Build();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
app.MapPortalUi();
app.MapRazorComponents<App>();
app.Run();

/// <summary>Entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;

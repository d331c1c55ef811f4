using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AbiPortal.Client.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Cli.Tests.Check;

/// <summary>
/// The real AbiPortal server on Kestrel at a free loopback port, with its own data folder; with
/// <c>uploadTokens</c>, a server whose writes need one of them (AbiPortal:UploadTokens).
/// </summary>
internal sealed class CheckPortal : WebApplicationFactory<global::Program>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string[] uploadTokens;

    public CheckPortal(params string[] uploadTokens)
    {
        this.uploadTokens = uploadTokens;
        DataPath = Directory.CreateTempSubdirectory("abiportal-check-").FullName;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public string DataPath { get; }

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    public void Start() => StartServer();

    /// <summary>Uploads a release build of a library and waits until it is parsed.</summary>
    public async Task<long> UploadReleaseAsync(string path, string library, string version)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        if (uploadTokens.Length > 0)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", uploadTokens[0]);
        }

        using var form = new MultipartFormDataContent
        {
            { new StringContent(library), "library" },
            { new StringContent(version), "version" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path) },
        };
        using var response = await http.PostAsync("/api/artifacts", form);
        response.EnsureSuccessStatusCode();
        var artifact = await response.Content.ReadFromJsonAsync<ArtifactSummary>(Json);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var detail = await http.GetFromJsonAsync<ArtifactDetail>($"/api/artifacts/{artifact!.Id}", Json);
            if (detail!.Summary.Status == ArtifactStatus.Ready)
            {
                return artifact.Id;
            }

            Assert.NotEqual(ArtifactStatus.Failed, detail.Summary.Status);
            await Task.Delay(50);
        }

        throw new TimeoutException($"{path} was not parsed within 60 s.");
    }

    /// <summary>Every artifact the server stores, as its list API shows them.</summary>
    public async Task<IReadOnlyList<ArtifactSummary>> ArtifactsAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var page = await http.GetFromJsonAsync<PagedResult<ArtifactSummary>>("/api/artifacts?pageSize=100", Json);
        return page!.Items;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("AbiPortal:DataPath", DataPath);
        for (int i = 0; i < uploadTokens.Length; i++)
        {
            builder.UseSetting($"AbiPortal:UploadTokens:{i}", uploadTokens[i]);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A worker may still hold the SQLite file for a moment; the temp folder is disposable.
            }
        }
    }
}

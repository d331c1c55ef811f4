using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AbiPortal.Client.Contracts;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>What a test does over HTTP: upload, wait for parsing, read JSON.</summary>
public static class PortalClient
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(bytes), "file", fileName);
        return form;
    }

    public static async Task<(HttpStatusCode Status, ArtifactSummary? Artifact, HttpResponseMessage Response)> UploadAsync(
        HttpClient client, byte[] bytes, string fileName, params (string Name, string Value)[] fields)
    {
        var response = await client.PostAsync("/api/artifacts", Form(bytes, fileName, fields));
        ArtifactSummary? artifact = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ArtifactSummary>(Json) : null;
        return (response.StatusCode, artifact, response);
    }

    /// <summary>Polls until the artifact leaves queued/parsing (or fails the test after the timeout).</summary>
    public static async Task<ArtifactDetail> WaitParsedAsync(HttpClient client, long id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var detail = await client.GetFromJsonAsync<ArtifactDetail>($"/api/artifacts/{id}", Json);
            if (detail!.Summary.Status is ArtifactStatus.Ready or ArtifactStatus.Failed)
            {
                return detail;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Artifact {id} still {detail.Summary.Status} after the timeout.");
            }

            await Task.Delay(50);
        }
    }

    public static Task<T?> GetAsync<T>(HttpClient client, string url) => client.GetFromJsonAsync<T>(url, Json);
}

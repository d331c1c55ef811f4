using System.Net;
using System.Net.Http.Json;
using System.Text;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>DELETE /api/artifacts/{id}: rows, file and cached pages go; parsing ones are refused.</summary>
public sealed class ArtifactDeleteTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private HttpClient Client => portal.Client;

    [Fact]
    public async Task Delete_removes_the_artifact_its_rows_and_its_file()
    {
        byte[] bytes = Fixtures.DemoVariant(421);
        long id = await RetentionScenario.UploadParsedAsync(Client, bytes, ("library", "mistake"), ("version", "0.1"));
        Assert.Equal(4, (await PortalClient.GetAsync<PagedResult<ExportRow>>(Client, $"/api/artifacts/{id}/exports"))!.Total);

        var response = await Client.DeleteAsync($"/api/artifacts/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        foreach (string url in new[] { $"/api/artifacts/{id}", $"/api/artifacts/{id}/exports", $"/api/artifacts/{id}/imports", $"/api/artifacts/{id}/snapshot", "/api/libraries/mistake" })
        {
            Assert.True((await Client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }

        await StoredArtifact.AssertNoRowsAsync(portal.Factory, id);
        Assert.False(StoredArtifact.IsStored(portal.Factory, bytes));
        await AssertProblemAsync(await Client.DeleteAsync($"/api/artifacts/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_id_is_404_problem_details()
        => await AssertProblemAsync(await Client.DeleteAsync("/api/artifacts/987654321"), HttpStatusCode.NotFound);

    [Fact]
    public async Task The_same_bytes_uploaded_again_after_a_delete_are_stored_and_parsed_anew()
    {
        byte[] bytes = Fixtures.DemoVariant(422);
        long first = await RetentionScenario.UploadParsedAsync(Client, bytes, ("library", "again"));
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/artifacts/{first}")).StatusCode);

        long second = await RetentionScenario.UploadParsedAsync(Client, bytes, ("library", "again"));
        Assert.NotEqual(first, second);
        Assert.True(StoredArtifact.IsStored(portal.Factory, bytes));
    }

    [Fact]
    public async Task Snapshot_only_artifact_has_no_file_and_deletes_cleanly()
    {
        await RetentionScenario.UploadParsedAsync(Client, Fixtures.DemoVariant(423), ("library", "private"), ("version", "1.0"));
        string path = Path.Combine(portal.Factory.DataPath, "..", $"private-{Guid.NewGuid():N}.so");
        await File.WriteAllBytesAsync(path, Fixtures.DemoVariant(424));
        var snapshot = SnapshotReader.ReadFile(path);
        File.Delete(path);
        string body = $"{{\"library\":\"private\",\"channel\":\"pr\",\"pr\":\"9\",\"snapshot\":{SnapshotJson.Serialize(snapshot)}}}";
        var check = await Client.PostAsync("/api/check", new StringContent(body, Encoding.UTF8, "application/json"));
        long id = (await check.Content.ReadFromJsonAsync<CheckResult>(PortalClient.Json))!.ArtifactId;

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/artifacts/{id}")).StatusCode);
        await StoredArtifact.AssertNoRowsAsync(portal.Factory, id);
    }

    [Fact]
    public async Task An_artifact_being_parsed_is_409_until_its_worker_lets_go()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 0);
        using var client = factory.CreateClient();
        var (_, claimed, _) = await PortalClient.UploadAsync(client, Fixtures.DemoVariant(425), "libdemo.so");
        using var scope = factory.Services.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<ParseQueue>();
        var claim = await queue.ClaimAsync("busy-worker", CancellationToken.None);
        Assert.Equal(claimed!.Id, claim!.ArtifactId);
        var (_, queued, _) = await PortalClient.UploadAsync(client, Fixtures.DemoVariant(426), "libdemo.so");

        await AssertProblemAsync(await client.DeleteAsync($"/api/artifacts/{claimed.Id}"), HttpStatusCode.Conflict);
        Assert.Equal(1, (await StoredArtifact.RowCountsAsync(factory, claimed.Id))["artifacts"]);

        // A queued job no worker holds yet can go: no claim will ever find it.
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/artifacts/{queued!.Id}")).StatusCode);
        Assert.Null(await queue.ClaimAsync("next-worker", CancellationToken.None));

        await queue.FailAsync(claim, "given up", CancellationToken.None);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/artifacts/{claimed.Id}")).StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal((int)expected, problem!.Status);
        Assert.False(string.IsNullOrEmpty(problem.Detail));
    }
}

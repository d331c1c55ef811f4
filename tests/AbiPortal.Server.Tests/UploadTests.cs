using System.Net;
using System.Net.Http.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AbiPortal.Server.Tests;

/// <summary>POST /api/artifacts: streaming store, dedupe, refusals.</summary>
public sealed class UploadTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private HttpClient Client => portal.Client;

    [Fact]
    public async Task New_bytes_are_accepted_with_location_and_stored_by_hash()
    {
        byte[] bytes = Fixtures.DemoVariant(101);
        var (status, artifact, response) = await PortalClient.UploadAsync(Client, bytes, "../../evil/libdemo.so", ("library", "demo"), ("version", "1.0"), ("platform", "linux-x86_64"));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal($"/api/artifacts/{artifact!.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("libdemo.so", artifact.FileName);
        Assert.Equal(new ArtifactLabels("demo", "1.0", "linux-x86_64", "release"), artifact.Labels);
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal(sha, artifact.Sha256);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(portal.Factory.DataPath, "artifacts", sha[..2], sha)));
    }

    [Fact]
    public async Task Same_bytes_again_return_the_existing_artifact_with_200()
    {
        byte[] bytes = Fixtures.DemoVariant(102);
        var (first, created, _) = await PortalClient.UploadAsync(Client, bytes, "a.so", ("library", "first"));
        var (second, existing, _) = await PortalClient.UploadAsync(Client, bytes, "b.so", ("library", "second"));

        Assert.Equal(HttpStatusCode.Accepted, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(created!.Id, existing!.Id);
        Assert.Equal("first", existing.Labels.Library);
    }

    [Fact]
    public async Task Empty_upload_is_refused_with_problem_details()
        => await AssertRefusedAsync(PortalClient.Form([], "empty.so"), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Unrecognised_bytes_are_refused()
        => await AssertRefusedAsync(PortalClient.Form("just some text, not a binary"u8.ToArray(), "notes.txt"), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Java_class_file_sharing_the_fat_magic_is_refused()
        => await AssertRefusedAsync(PortalClient.Form([0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x00, 0x00, 0x37, 0, 0], "A.class"), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Form_without_a_file_field_is_refused()
    {
        var form = new MultipartFormDataContent { { new StringContent("demo"), "library" } };
        await AssertRefusedAsync(form, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Non_multipart_body_is_refused()
        => await AssertRefusedAsync(new ByteArrayContent(Fixtures.DemoV1), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Unknown_channel_is_refused()
        => await AssertRefusedAsync(PortalClient.Form(Fixtures.DemoVariant(103), "x.so", ("channel", "nightly")), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Upload_over_the_limit_is_refused_with_413_and_nothing_kept()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 0, settings: new Dictionary<string, string> { ["AbiPortal:UploadLimitBytes"] = "1000" });
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/artifacts", PortalClient.Form(Fixtures.DemoV1, "big.so"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(StoredArtifact.UploadedFiles(factory));
    }

    [Fact]
    public async Task Pull_request_number_files_the_build_under_the_pr_channel()
    {
        var (_, artifact, _) = await PortalClient.UploadAsync(Client, Fixtures.DemoVariant(104), "pr.so", ("library", "demo"), ("pr", "42"), ("commit", "abc123"));
        Assert.Equal(new ArtifactLabels("demo", null, null, "pr", 42, "abc123"), artifact!.Labels);
    }

    private async Task AssertRefusedAsync(HttpContent content, HttpStatusCode expected)
    {
        var response = await Client.PostAsync("/api/artifacts", content);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal((int)expected, problem!.Status);
        Assert.False(string.IsNullOrEmpty(problem.Detail));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AbiPortal.Server.Tests;

/// <summary>AbiPortal:UploadTokens: writes need a configured token, reads stay open.</summary>
public sealed class UploadTokenTests(TokenPortal portal) : IClassFixture<TokenPortal>
{
    [Fact]
    public async Task Upload_without_a_token_is_401_with_a_bearer_challenge_and_nothing_stored()
    {
        byte[] bytes = Fixtures.DemoVariant(301);
        var response = await portal.PostAsync("/api/artifacts", PortalClient.Form(bytes, "libdemo.so", ("library", "guarded")), token: null);

        var problem = await AssertUnauthorizedAsync(response, "Upload token required");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Null(response.Headers.WwwAuthenticate.Single().Parameter);
        Assert.Contains("Authorization: Bearer", problem.Detail);
        Assert.False(portal.IsStored(bytes));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("first-token-7f3a9")] // a prefix of a real token
    [InlineData("first-token-7f3a9c-and-more")] // a real token with more after it
    public async Task Upload_with_a_wrong_token_is_401_and_the_token_is_not_echoed(string wrong)
    {
        var response = await portal.PostAsync("/api/artifacts", PortalClient.Form(Fixtures.DemoVariant(302), "libdemo.so"), wrong);

        await AssertUnauthorizedAsync(response, "Upload token not accepted");
        var challenge = response.Headers.WwwAuthenticate.Single();
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Equal("error=\"invalid_token\"", challenge.Parameter);
        Assert.DoesNotContain(wrong, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(TokenPortal.FirstToken, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_scheme_counts_as_no_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/artifacts") { Content = PortalClient.Form(Fixtures.DemoVariant(303), "libdemo.so") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", TokenPortal.FirstToken);
        await AssertUnauthorizedAsync(await portal.Client.SendAsync(request), "Upload token required");
    }

    [Theory]
    [InlineData(TokenPortal.FirstToken, 304)]
    [InlineData(TokenPortal.SecondToken, 305)]
    public async Task Either_configured_token_uploads_and_the_artifact_parses(string token, int variant)
    {
        var response = await portal.PostAsync("/api/artifacts", PortalClient.Form(Fixtures.DemoVariant(variant), "libdemo.so", ("library", "guarded"), ("version", $"{variant}")), token);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var artifact = await response.Content.ReadFromJsonAsync<ArtifactSummary>(PortalClient.Json);
        var detail = await PortalClient.WaitParsedAsync(portal.Client, artifact!.Id);
        Assert.Equal(ArtifactStatus.Ready, detail.Summary.Status);
        Assert.Equal(4, detail.Summary.ExportCount);
    }

    [Fact]
    public async Task The_scheme_name_is_case_insensitive()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/artifacts") { Content = PortalClient.Form(Fixtures.DemoVariant(306), "libdemo.so") };
        request.Headers.TryAddWithoutValidation("Authorization", "bearer " + TokenPortal.SecondToken);
        Assert.Equal(HttpStatusCode.Accepted, (await portal.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Reads_need_no_token()
    {
        var upload = await portal.PostAsync("/api/artifacts", PortalClient.Form(Fixtures.DemoVariant(307), "libdemo.so", ("library", "readable"), ("version", "1.0")), TokenPortal.FirstToken);
        var artifact = await upload.Content.ReadFromJsonAsync<ArtifactSummary>(PortalClient.Json);
        await PortalClient.WaitParsedAsync(portal.Client, artifact!.Id);

        string[] reads =
        [
            "/healthz", "/openapi/v1.json", "/api/artifacts", $"/api/artifacts/{artifact.Id}", $"/api/artifacts/{artifact.Id}/exports",
            $"/api/artifacts/{artifact.Id}/imports", $"/api/artifacts/{artifact.Id}/snapshot", "/api/libraries", "/api/libraries/readable",
            "/api/symbols?q=demo", $"/api/diff?base={artifact.Id}&head={artifact.Id}", $"/ui/artifacts/{artifact.Id}/status",
            "/", "/upload", "/symbols?q=demo", $"/artifacts/{artifact.Id}", "/libraries/readable", $"/diff?base={artifact.Id}&head={artifact.Id}",
        ];
        foreach (string url in reads)
        {
            var response = await portal.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Multipart_check_is_refused_without_the_token_and_answered_with_it()
    {
        await ReleaseAsync("guarded-check", Fixtures.DemoVariant(311));
        HttpContent Form() => PortalClient.Form(Fixtures.DemoV2, "libdemo.so", ("library", "guarded-check"), ("pr", "9"));

        await AssertUnauthorizedAsync(await portal.PostAsync("/api/check", Form(), token: null), "Upload token required");
        await AssertUnauthorizedAsync(await portal.PostAsync("/api/check", Form(), "wrong"), "Upload token not accepted");
        var accepted = await portal.PostAsync("/api/check", Form(), TokenPortal.FirstToken);

        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        Assert.Equal("incompatible", (await accepted.Content.ReadFromJsonAsync<CheckResult>(PortalClient.Json))!.Verdict);
    }

    [Fact]
    public async Task Snapshot_json_check_is_refused_without_the_token_and_answered_with_it()
    {
        await ReleaseAsync("guarded-json", Fixtures.DemoVariant(321));
        var snapshot = SnapshotReader.Read(Fixtures.DemoV2.Concat(Encoding.ASCII.GetBytes("json-check")).ToArray(), "libdemo.so");
        string body = $"{{\"library\":\"guarded-json\",\"pr\":\"10\",\"snapshot\":{SnapshotJson.Serialize(snapshot)}}}";
        HttpContent Json() => new StringContent(body, Encoding.UTF8, "application/json");

        await AssertUnauthorizedAsync(await portal.PostAsync("/api/check", Json(), token: null), "Upload token required");
        var listed = await PortalClient.GetAsync<PagedResult<ArtifactSummary>>(portal.Client, "/api/artifacts?pageSize=100");
        Assert.DoesNotContain(listed!.Items, a => a.Sha256 == snapshot.File.Sha256);

        var accepted = await portal.PostAsync("/api/check", Json(), TokenPortal.SecondToken);
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        Assert.Equal("incompatible", (await accepted.Content.ReadFromJsonAsync<CheckResult>(PortalClient.Json))!.Verdict);
    }

    [Fact]
    public async Task OpenApi_declares_the_bearer_scheme_on_the_writes_only()
    {
        using var document = JsonDocument.Parse(await portal.Client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("UploadToken");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());

        var paths = root.GetProperty("paths");
        foreach (string write in new[] { "/api/artifacts", "/api/check" })
        {
            var post = paths.GetProperty(write).GetProperty("post");
            Assert.True(post.GetProperty("security")[0].TryGetProperty("UploadToken", out _), write);
            Assert.True(post.GetProperty("responses").TryGetProperty("401", out _), write);
        }

        Assert.False(paths.GetProperty("/api/artifacts").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Upload_page_asks_for_the_token_in_a_password_field()
    {
        string html = await portal.Client.GetStringAsync("/upload");
        Assert.Matches("<label[^>]*for=\"token\"[^>]*>Upload token</label>", html);
        Assert.Matches("<input[^>]*id=\"token\"[^>]*name=\"token\"[^>]*type=\"password\"[^>]*required[^>]*autocomplete=\"off\"", html);
        Assert.DoesNotContain(TokenPortal.FirstToken, html);
    }

    private async Task ReleaseAsync(string library, byte[] bytes)
    {
        var response = await portal.PostAsync("/api/artifacts", PortalClient.Form(bytes, "libdemo.so", ("library", library), ("version", "1.0")), TokenPortal.FirstToken);
        var artifact = await response.Content.ReadFromJsonAsync<ArtifactSummary>(PortalClient.Json);
        Assert.Equal(ArtifactStatus.Ready, (await PortalClient.WaitParsedAsync(portal.Client, artifact!.Id)).Summary.Status);
    }

    private static async Task<ProblemDetails> AssertUnauthorizedAsync(HttpResponseMessage response, string title)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(401, problem!.Status);
        Assert.Equal(title, problem.Title);
        Assert.False(string.IsNullOrEmpty(problem.Detail));
        return problem;
    }
}

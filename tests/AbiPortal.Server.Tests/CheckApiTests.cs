using System.Net;
using System.Net.Http.Json;
using System.Text;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Tests.Infrastructure;
using AbiPortal.Tests;

namespace AbiPortal.Server.Tests;

/// <summary>POST /api/check: baselines, PR builds, privacy mode.</summary>
public sealed class CheckApiTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private HttpClient Client => portal.Client;

    [Fact]
    public async Task Pr_build_that_drops_an_export_is_incompatible_with_the_release()
    {
        var release = await ReleaseAsync("lib-a", "1.0", Fixtures.DemoV1);
        var response = await Client.PostAsync("/api/check", PortalClient.Form(Fixtures.DemoV2, "libdemo.so", ("library", "lib-a"), ("channel", "pr"), ("pr", "42"), ("commit", "0123abc")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = await response.Content.ReadFromJsonAsync<CheckResult>(PortalClient.Json);
        Assert.Equal("incompatible", check!.Verdict);
        Assert.Equal("incompatible", check.Diff.GetProperty("verdict").GetString());
        Assert.Equal(new CheckBaseline(release, "lib-a", "1.0"), check.Baseline);
        Assert.StartsWith("<!-- abiportal:check library=lib-a -->", check.Markdown, StringComparison.Ordinal);
        Assert.Contains("demo::legacy(int)", check.Markdown);
        Assert.EndsWith($"/diff?base={release}&head={check.ArtifactId}", check.Links.Diff, StringComparison.Ordinal);
        Assert.EndsWith($"/artifacts/{check.ArtifactId}", check.Links.Head, StringComparison.Ordinal);

        var stored = await PortalClient.GetAsync<ArtifactDetail>(Client, $"/api/artifacts/{check.ArtifactId}");
        Assert.Equal(new ArtifactLabels("lib-a", null, null, "pr", 42, "0123abc"), stored!.Summary.Labels);
    }

    [Fact]
    public async Task A_pr_build_never_becomes_the_baseline()
    {
        long release = await ReleaseAsync("lib-b", "1.0", Fixtures.DemoVariant(201));
        var first = await CheckAsync(PortalClient.Form(Fixtures.DemoV2, "libdemo.so", ("library", "lib-b"), ("pr", "1")));
        var second = await CheckAsync(PortalClient.Form(Fixtures.DemoVariant(202), "libdemo.so", ("library", "lib-b"), ("pr", "2")));

        Assert.Equal(release, first.Baseline.ArtifactId);
        Assert.Equal(release, second.Baseline.ArtifactId);
        Assert.Equal("none", second.Verdict);
    }

    [Fact]
    public async Task Against_names_the_baseline_version()
    {
        long old = await ReleaseAsync("lib-c", "1.0", Fixtures.DemoVariant(211));
        await ReleaseAsync("lib-c", "2.0", Fixtures.DemoVariant(212));
        var check = await CheckAsync(PortalClient.Form(Fixtures.DemoVariant(213), "libdemo.so", ("library", "lib-c"), ("against", "1.0")));
        Assert.Equal(old, check.Baseline.ArtifactId);

        var missing = await Client.PostAsync("/api/check", PortalClient.Form(Fixtures.DemoVariant(214), "libdemo.so", ("library", "lib-c"), ("against", "9.9")));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Snapshot_only_check_stores_no_binary()
    {
        long release = await ReleaseAsync("lib-d", "1.0", Fixtures.DemoVariant(221));
        byte[] binary = Fixtures.DemoV2.Concat(Encoding.ASCII.GetBytes("private-build")).ToArray();
        string path = Path.Combine(portal.Factory.DataPath, "..", $"private-{Guid.NewGuid():N}.so");
        await File.WriteAllBytesAsync(path, binary);
        var snapshot = SnapshotReader.ReadFile(path);
        File.Delete(path);
        string body = $"{{\"library\":\"lib-d\",\"channel\":\"pr\",\"pr\":\"7\",\"snapshot\":{SnapshotJson.Serialize(snapshot)}}}";

        var check = await CheckAsync(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(release, check.Baseline.ArtifactId);
        Assert.Equal("incompatible", check.Verdict);
        var stored = await PortalClient.GetAsync<ArtifactDetail>(Client, $"/api/artifacts/{check.ArtifactId}");
        Assert.Equal(ArtifactStatus.Ready, stored!.Summary.Status);
        Assert.Equal(4, stored.Summary.ExportCount);

        // Keyed by the snapshot JSON the server stored, never by the hash the client claims.
        string json = await Client.GetStringAsync($"/api/artifacts/{check.ArtifactId}/snapshot");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(json))), stored.Summary.Sha256);
        Assert.NotEqual(snapshot.File.Sha256, stored.Summary.Sha256);
        Assert.False(File.Exists(Path.Combine(portal.Factory.DataPath, "artifacts", snapshot.File.Sha256![..2], snapshot.File.Sha256)));
    }

    [Fact]
    public async Task A_build_that_needs_a_newer_glibc_is_a_risk_on_the_check_and_the_library_page()
    {
        // tests/fixtures/diff/required-version: the new build needs GLIBC_2.34, the release 2.2.5.
        string pair = TestPaths.Fixtures("diff");
        long release = await ReleaseAsync("lib-risk", "1.0", await File.ReadAllBytesAsync(Path.Combine(pair, "required-version", "old.so")));
        var check = await CheckAsync(PortalClient.Form(await File.ReadAllBytesAsync(Path.Combine(pair, "required-version", "new.so")), "libx.so.1", ("library", "lib-risk"), ("pr", "5")));

        Assert.Equal(release, check.Baseline.ArtifactId);
        Assert.Equal("risk", check.Verdict);
        Assert.Equal(1, check.Diff.GetProperty("summary").GetProperty("risk").GetInt32());
        Assert.Equal("risk", check.Diff.GetProperty("changes")[0].GetProperty("severity").GetString());
        Assert.Contains("#### Risks (1)", check.Markdown, StringComparison.Ordinal);

        var library = await PortalClient.GetAsync<LibraryDetail>(Client, "/api/libraries/lib-risk");
        Assert.Equal("risk", Assert.Single(library!.PullRequestBuilds).Verdict);
    }

    [Theory]
    [InlineData("{\"snapshot\":{}}")]
    [InlineData("{\"library\":\"x\"}")]
    [InlineData("not json")]
    public async Task Bad_json_checks_are_400(string body)
    {
        var response = await Client.PostAsync("/api/check", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Library_without_a_release_has_no_baseline()
    {
        var response = await Client.PostAsync("/api/check", PortalClient.Form(Fixtures.DemoVariant(231), "libdemo.so", ("library", "never-released")));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<long> ReleaseAsync(string library, string version, byte[] bytes)
    {
        var (_, artifact, _) = await PortalClient.UploadAsync(Client, bytes, "libdemo.so", ("library", library), ("version", version));
        await PortalClient.WaitParsedAsync(Client, artifact!.Id);
        return artifact.Id;
    }

    private async Task<CheckResult> CheckAsync(HttpContent content)
    {
        var response = await Client.PostAsync("/api/check", content);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CheckResult>(PortalClient.Json))!;
    }
}

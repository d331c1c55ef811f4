using System.Net;
using System.Net.Http.Json;
using System.Text;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Entities;
using AbiPortal.Server.Tests.Infrastructure;
using AbiPortal.Tests;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task A_snapshot_claiming_a_binarys_hash_is_never_what_the_binary_dedupes_to()
    {
        // A token holder sends a fake snapshot that claims the hash of a release not yet built.
        await ReleaseAsync("lib-e", "1.0", Fixtures.DemoVariant(241));
        byte[] real = Fixtures.DemoVariant(242);
        string realSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(real));
        var read = SnapshotReader.Read(Fixtures.DemoV2, "libdemo.so");
        var fake = read with { File = read.File with { Sha256 = realSha } };
        var check = await CheckAsync(new StringContent($"{{\"library\":\"lib-e\",\"pr\":\"9\",\"snapshot\":{SnapshotJson.Serialize(fake)}}}", Encoding.UTF8, "application/json"));

        // The real bytes arrive as the release: a new artifact of their own, parsed from them.
        var (status, artifact, _) = await PortalClient.UploadAsync(Client, real, "libdemo.so", ("library", "lib-e"), ("version", "2.0"));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.NotEqual(check.ArtifactId, artifact!.Id);
        Assert.Equal(realSha, artifact.Sha256);
        var parsed = await PortalClient.WaitParsedAsync(Client, artifact.Id);
        Assert.Equal(ArtifactStatus.Ready, parsed.Summary.Status);
        Assert.NotEqual(realSha, (await PortalClient.GetAsync<ArtifactDetail>(Client, $"/api/artifacts/{check.ArtifactId}"))!.Summary.Sha256);
    }

    [Fact]
    public async Task A_snapshot_stored_under_a_claimed_hash_before_gives_the_hash_up_to_the_binary()
    {
        // What older servers stored: a snapshot-only artifact keyed by the hash its client claimed.
        byte[] real = Fixtures.DemoVariant(251);
        string realSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(real));
        long legacy;
        await using (var scope = portal.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var row = new ArtifactEntity { Sha256 = realSha, FileName = "libdemo.so", DetectedFormat = "snapshot", Library = "lib-f", Status = ArtifactStatus.Ready, UploadedAt = DateTime.UtcNow };
            db.Artifacts.Add(row);
            await db.SaveChangesAsync();
            legacy = row.Id;
        }

        var (status, artifact, _) = await PortalClient.UploadAsync(Client, real, "libdemo.so", ("library", "lib-f"), ("version", "1.0"));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.NotEqual(legacy, artifact!.Id);
        Assert.Equal(realSha, artifact.Sha256);
        Assert.Equal(ArtifactStatus.Ready, (await PortalClient.WaitParsedAsync(Client, artifact.Id)).Summary.Status);
        Assert.NotEqual(realSha, (await PortalClient.GetAsync<ArtifactDetail>(Client, $"/api/artifacts/{legacy}"))!.Summary.Sha256);
    }

    [Fact]
    public async Task A_hostile_library_label_stays_inert_in_the_pr_comment()
    {
        const string library = "x---> [click](http://evil.example) @someone <img src=x>";
        await ReleaseAsync(library, "1.0", Fixtures.DemoVariant(261));
        var check = await CheckAsync(PortalClient.Form(Fixtures.DemoVariant(262), "libdemo.so", ("library", library), ("pr", "3")));

        string marker = check.Markdown[..check.Markdown.IndexOf('\n', StringComparison.Ordinal)];
        Assert.Equal("<!-- abiportal:check library=x-%2D%2D%3E%20%5Bclick%5D%28http%3A%2F%2Fevil.example%29%20%40someone%20%3Cimg%20src%3Dx%3E -->", marker);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(check.Markdown, "-->"));
        Assert.DoesNotContain("[click]", check.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("@someone", check.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", check.Markdown, StringComparison.Ordinal);
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

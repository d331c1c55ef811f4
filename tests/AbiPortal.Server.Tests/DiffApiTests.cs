using System.Net;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>/api/diff and the library verdicts, on libdemo 1.0 → 2.0 (one export removed, one added).</summary>
public sealed class DiffApiTests(DemoPortal demo) : IClassFixture<DemoPortal>
{
    private HttpClient Client => demo.Client;

    [Fact]
    public async Task Diff_json_is_what_abiportal_diff_json_prints()
    {
        string served = await Client.GetStringAsync($"/api/diff?base={demo.V1.Summary.Id}&head={demo.V2.Summary.Id}");
        var expected = SnapshotDiffer.Compare(SnapshotReader.ReadFile(Fixtures.DemoV1Path), SnapshotReader.ReadFile(Fixtures.DemoV2Path));
        Assert.Equal(DiffJson.Serialize(expected), served);

        var diff = DiffJson.Deserialize(served);
        Assert.Equal(Verdict.Incompatible, diff.Verdict);
        var removed = Assert.Single(diff.Changes, c => c.Kind == ChangeKind.ExportRemoved);
        Assert.Equal("_ZN4demo6legacyEi", removed.Symbol);
        Assert.Equal("demo::legacy(int)", removed.Demangled);
    }

    [Fact]
    public async Task Diff_markdown_names_the_removed_export_and_links_the_pages()
    {
        var response = await Client.GetAsync($"/api/diff?base={demo.V1.Summary.Id}&head={demo.V2.Summary.Id}&format=markdown");
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        string markdown = await response.Content.ReadAsStringAsync();
        Assert.Contains("demo::legacy(int)", markdown);
        Assert.Contains($"/diff?base={demo.V1.Summary.Id}&head={demo.V2.Summary.Id}", markdown);
        Assert.Contains($"/artifacts/{demo.V2.Summary.Id}", markdown);
    }

    [Fact]
    public async Task Library_versions_carry_the_verdict_against_the_previous_one()
    {
        var library = await PortalClient.GetAsync<LibraryDetail>(Client, "/api/libraries/demo");
        Assert.Equal([null, "incompatible"], library!.Versions.Select(v => v.Verdict));
    }

    [Theory]
    [InlineData("/api/diff?base=1", HttpStatusCode.BadRequest)]
    [InlineData("/api/diff?base=1&head=2&format=pdf", HttpStatusCode.BadRequest)]
    [InlineData("/api/diff?base=1&head=999999", HttpStatusCode.NotFound)]
    public async Task Bad_diff_requests_are_problems(string url, HttpStatusCode expected)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Lint;
using AbiPortal.Server.Tests.Infrastructure;
using AbiPortal.Tests;

namespace AbiPortal.Server.Tests;

/// <summary>
/// /api/artifacts/{id}/contract, the diff's markdown and the PR check comment on the lint fixtures
/// (tests/fixtures/lint): libthing.so breaks four rules, libthing-fixed.so none.
/// </summary>
public sealed class ContractApiTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private HttpClient Client => portal.Client;

    private static byte[] Lib(string name) => File.ReadAllBytes(TestPaths.Fixture("lint", name));

    private async Task<long> UploadAsync(string file, string library, string version)
    {
        var (status, artifact, _) = await PortalClient.UploadAsync(Client, Lib(file), file, ("library", library), ("version", version));
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted, $"upload: {status}");
        await PortalClient.WaitParsedAsync(Client, artifact!.Id);
        return artifact.Id;
    }

    [Fact]
    public async Task The_contract_is_what_abiportal_lint_json_reports_from_the_file_and_its_debug_info()
    {
        long id = await UploadAsync("libthing.so", "thing-a", "1.0");
        string served = await Client.GetStringAsync($"/api/artifacts/{id}/contract");
        var report = LintJson.Deserialize(served);
        Assert.Equal("libthing.so", report.File.Name);
        Assert.Equal(
            ["aggregate-by-value", "allocator-without-release", "callback-without-context", "callee-saved-register"],
            report.Findings.Select(f => f.Rule).Order(StringComparer.Ordinal));
        Assert.StartsWith("DWARF 5", report.Coverage.DebugInfo, StringComparison.Ordinal);
        var expected = Linter.LintFile(TestPaths.Fixture("lint", "libthing.so"), new LintOptions { Demangle = Parsers.Demangling.Demangler.Demangle });
        Assert.Equal(expected.Findings.Select(f => (f.Rule, f.Symbol, f.Address, f.Message, f.Signature)), report.Findings.Select(f => (f.Rule, f.Symbol, f.Address, f.Message, f.Signature)));

        // Served again from the cache: the same bytes.
        Assert.Equal(served, await Client.GetStringAsync($"/api/artifacts/{id}/contract"));
    }

    [Fact]
    public async Task Sarif_and_problems()
    {
        long id = await UploadAsync("libthing-fixed.so", "thing-b", "1.0");
        var sarif = await Client.GetAsync($"/api/artifacts/{id}/contract?format=sarif");
        Assert.Equal("application/sarif+json", sarif.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await sarif.Content.ReadAsStringAsync());
        Assert.Equal(0, doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());

        var bad = await Client.GetAsync($"/api/artifacts/{id}/contract?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var unknown = await Client.GetAsync("/api/artifacts/999999/contract");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_pr_comment_lists_only_the_findings_the_build_introduces()
    {
        long release = await UploadAsync("libthing-fixed.so", "thing-c", "1.0");
        var response = await Client.PostAsync("/api/check", PortalClient.Form(Lib("libthing.so"), "libthing.so", ("library", "thing-c"), ("pr", "7")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = await response.Content.ReadFromJsonAsync<CheckResult>(PortalClient.Json);
        Assert.Equal(release, check!.Baseline.ArtifactId);
        Assert.Contains("#### New ABI contract findings (4)", check.Markdown, StringComparison.Ordinal);
        Assert.Contains("| error | `callee-saved-register` | `thing_fast` | writes rbx (`mov rbx, 0x7b` at 0x", check.Markdown, StringComparison.Ordinal);
        Assert.Equal(4, check.Diff.GetProperty("newFindings").GetArrayLength());

        // The other way round nothing is new, and the section is left out.
        long broken = await UploadAsync("libthing.so", "thing-d", "1.0");
        string markdown = await Client.GetStringAsync($"/api/diff?base={broken}&head={release}&format=markdown");
        Assert.DoesNotContain("New ABI contract findings", markdown, StringComparison.Ordinal);
        string reverse = await Client.GetStringAsync($"/api/diff?base={release}&head={broken}&format=markdown");
        Assert.Contains("#### New ABI contract findings (4)", reverse, StringComparison.Ordinal);
    }
}

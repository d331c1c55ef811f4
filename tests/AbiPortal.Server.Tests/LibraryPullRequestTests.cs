using AbiPortal.Client.Contracts;
using AbiPortal.Server.Tests.Infrastructure;
using AbiPortal.Tests;

namespace AbiPortal.Server.Tests;

/// <summary>
/// Pull-request builds on a library's page: listed apart from the releases (a busy project stores
/// one per push), each judged against the release its check used. Own server: the PR build must
/// not show up in other classes' library histories.
/// </summary>
public sealed class LibraryPullRequestTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Pull_request_builds_stay_off_the_release_timeline_and_are_judged_against_their_baseline()
    {
        var ids = await ShapesReleases.UploadAsync(portal.Client);
        byte[] build = await File.ReadAllBytesAsync(TestPaths.Fixture("ui", "libshapes.so.2.0"));
        build = [.. build, .. "pr-build"u8.ToArray()]; // other bytes than the 2.0 release: its own artifact
        var check = await portal.Client.PostAsync("/api/check", PortalClient.Form(build, "libshapes.so", ("library", "shapes"), ("pr", "12"), ("commit", "0123456789abcdef0123")));
        Assert.Equal(System.Net.HttpStatusCode.OK, check.StatusCode);

        var library = await PortalClient.GetAsync<LibraryDetail>(portal.Client, "/api/libraries/shapes");
        Assert.Equal(["1.0", "1.1", "2.0"], library!.Versions.Select(v => v.Artifact.Labels.Version));
        // The other test of this class may have stored a PR build too: newest first, all counted.
        Assert.Equal(library.PullRequestBuilds.Count, library.PullRequestBuildCount);
        Assert.Equal(library.PullRequestBuilds.Select(b => b.Artifact.Id).OrderDescending(), library.PullRequestBuilds.Select(b => b.Artifact.Id));
        var pr = Assert.Single(library.PullRequestBuilds, b => b.Artifact.Labels.PullRequest == 12);
        Assert.Equal("0123456789abcdef0123", pr.Artifact.Labels.Commit);

        // Checked against the highest release uploaded before it: 2.0, the same exports.
        Assert.Equal(ids["2.0"], pr.PreviousArtifactId);
        Assert.Equal(("none", 0, 0), (pr.Verdict, pr.Added, pr.Removed));
    }

    [Fact]
    public async Task A_symbol_history_lists_releases_not_pull_request_builds()
    {
        var ids = await ShapesReleases.UploadAsync(portal.Client);
        byte[] build = [.. await File.ReadAllBytesAsync(TestPaths.Fixture("ui", "libshapes.so.1.1")), .. "pr-history"u8.ToArray()];
        var (_, artifact, _) = await PortalClient.UploadAsync(portal.Client, build, "libshapes.so", ("library", "shapes"), ("channel", "pr"), ("pr", "31"));
        Assert.Equal(ArtifactStatus.Ready, (await PortalClient.WaitParsedAsync(portal.Client, artifact!.Id)).Summary.Status);

        var releaseRow = await ExportIdAsync(ids["1.1"], "shapes_describe");
        var fromRelease = await PortalClient.GetAsync<ExportDetail>(portal.Client, $"/api/artifacts/{ids["1.1"]}/exports/{releaseRow}");
        Assert.Equal(["1.0", "1.1", "2.0"], fromRelease!.Presence.Select(p => p.Version));

        // On the PR build's own symbol page, the build itself is in its history.
        var prRow = await ExportIdAsync(artifact.Id, "shapes_describe");
        var fromBuild = await PortalClient.GetAsync<ExportDetail>(portal.Client, $"/api/artifacts/{artifact.Id}/exports/{prRow}");
        Assert.Contains(fromBuild!.Presence, p => p.ArtifactId == artifact.Id && p.ExportId == prRow);
        Assert.Equal(4, fromBuild.Presence.Count);
    }

    private async Task<int> ExportIdAsync(long artifactId, string name)
    {
        var page = await PortalClient.GetAsync<PagedResult<ExportRow>>(portal.Client, $"/api/artifacts/{artifactId}/exports?q={name}");
        return Assert.Single(page!.Items, e => e.Name == name).Id;
    }
}

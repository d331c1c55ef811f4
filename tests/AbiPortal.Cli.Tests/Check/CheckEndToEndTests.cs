using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests.Check;

/// <summary>
/// The pull-request bot as a user runs it: a release uploaded to a real AbiPortal server as the
/// baseline, then <c>abiportal check --github</c> on PR builds, against a local stand-in for the
/// GitHub API. One sticky comment follows the pushes; the exit status fails the check on a break.
/// </summary>
public sealed class CheckEndToEndTests : IAsyncLifetime
{
    private readonly CheckPortal _portal = new();
    private readonly FakeGitHub _github = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("abiportal-check-e2e-").FullName;

    private static string Release => TestPaths.Fixture("ui", "libshapes.so.1.1");

    private static string Breaking => TestPaths.Fixture("ui", "libshapes.so.2.0");

    public async Task InitializeAsync()
    {
        _portal.Start();
        await _github.StartAsync();
        await _portal.UploadReleaseAsync(Release, "shapes", "1.1");
    }

    public async Task DisposeAsync()
    {
        await _github.DisposeAsync();
        await _portal.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task One_comment_follows_the_pushes_and_the_exit_status_fails_the_check()
    {
        // Push 1: the PR drops shapes_name and changes shapes::scale's signature.
        var first = Check(42, Breaking, "--github", "--json", Path.Combine(_folder, "check.json"));
        Assert.Equal(12, first.Exit);
        Assert.Contains("incompatible", first.Stdout);
        var comment = Assert.Single(_github.Comments);
        Assert.Equal(42, comment.Value.Number);
        Assert.Contains("<!-- abiportal:check library=shapes -->", comment.Value.Body);
        Assert.Contains("shapes_name", comment.Value.Body);
        Assert.Contains("shapes::scale(double, int)", comment.Value.Body); // demangled
        Assert.Contains(_portal.BaseUrl + "/diff?base=", comment.Value.Body);
        Assert.Contains("\"verdict\":\"incompatible\"", File.ReadAllText(Path.Combine(_folder, "check.json")).Replace(" ", string.Empty));

        // Push 2: still broken; the same comment is updated, not a second one added.
        var second = Check(42, Breaking, "--github");
        Assert.Equal(12, second.Exit);
        Assert.Single(_github.Comments);
        Assert.Contains(comment.Key, _github.Updates);

        // Push 3: the PR is fixed (same exports as the baseline); the comment says so, the check passes.
        var clean = Check(42, Release, "--github");
        Assert.Equal(0, clean.Exit);
        var updated = Assert.Single(_github.Comments);
        Assert.Equal(comment.Key, updated.Key);
        Assert.Contains("none", updated.Value.Body);
        Assert.DoesNotContain("shapes_name", updated.Value.Body);
    }

    [Fact]
    public async Task A_clean_pr_without_an_earlier_comment_posts_nothing()
    {
        var result = Check(43, Release, "--github");
        Assert.True(result.Exit == 0, result.Stderr);
        Assert.Empty(_github.Comments);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Snapshot_only_never_sends_the_binary()
    {
        var result = Check(44, Breaking, "--snapshot-only");
        Assert.Equal(12, result.Exit);
        var stored = (await _portal.ArtifactsAsync()).Single(a => a.Labels.Channel == "pr");
        // The server stores the PR build's snapshot but never received its bytes.
        string sha = stored.Sha256;
        Assert.False(File.Exists(Path.Combine(_portal.DataPath, "artifacts", sha[..2], sha)));
        Assert.Empty(Directory.EnumerateFiles(_portal.DataPath, sha, SearchOption.AllDirectories));
    }

    [Fact]
    public void Fail_on_none_reports_but_passes()
    {
        var result = Check(45, Breaking, "--fail-on", "none");
        Assert.Equal(0, result.Exit);
        Assert.Contains("incompatible", result.Stdout);
    }

    [Fact]
    public async Task A_risk_passes_the_check_as_a_warning_unless_failing_on_risk()
    {
        // The PR build needs GLIBC_2.34 where the release needed 2.2.5: old binaries keep working,
        // but the build no longer loads on older systems.
        await _portal.UploadReleaseAsync(TestPaths.Fixture("diff", Path.Combine("required-version", "old.so")), "rv", "1.0");
        string build = TestPaths.Fixture("diff", Path.Combine("required-version", "new.so"));

        var warned = Check(46, build, "--library", "rv", "--github");
        Assert.True(warned.Exit == 4, warned.Stderr);
        Assert.Contains("ABI verdict for rv: risk", warned.Stdout);
        Assert.Contains("::warning title=ABI check%3A rv::ABI risk for rv (1 risk); not failing the check (--fail-on incompatible).", warned.Stdout);
        Assert.Contains("abiportal: warning: ABI risk for rv (1 risk)", warned.Stderr);
        var comment = Assert.Single(_github.Comments);
        Assert.Contains("### ⚠️ ABI diff: **risk**", comment.Value.Body);
        Assert.Contains("#### Risks (1)", comment.Value.Body);

        var failed = Check(46, build, "--library", "rv", "--fail-on", "risk");
        Assert.Equal(12, failed.Exit);
        Assert.DoesNotContain("::warning", failed.Stdout);

        var quiet = Check(46, build, "--library", "rv", "--warn-on", "none");
        Assert.Equal(4, quiet.Exit);
        Assert.DoesNotContain("::warning", quiet.Stdout);
    }

    [Fact]
    public void A_library_without_baseline_is_an_error()
    {
        var (exit, _, stderr) = CliRunner.Run("check", Breaking, "--server", _portal.BaseUrl, "--library", "no-such-library");
        Assert.Equal(1, exit);
        Assert.Contains("404", stderr);
    }

    [Fact]
    public void An_unreachable_server_is_an_error()
    {
        var (exit, _, stderr) = CliRunner.Run("check", Breaking, "--server", "http://127.0.0.1:9", "--library", "shapes");
        Assert.Equal(1, exit);
        Assert.Contains("check failed", stderr);
    }

    [Fact]
    public void Missing_required_options_are_a_usage_error()
        => Assert.Equal(2, CliRunner.Run("check", Breaking, "--library", "shapes").Exit);

    private (int Exit, string Stdout, string Stderr) Check(int pr, string file, params string[] extra)
    {
        var env = _github.Environment(pr, _folder);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] args = extra.Contains("--library") ? ["check", file, "--server", _portal.BaseUrl, .. extra] : ["check", file, "--server", _portal.BaseUrl, "--library", "shapes", .. extra];
        int exit = CliApp.Run(args, stdout, stderr, k => env.GetValueOrDefault(k));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

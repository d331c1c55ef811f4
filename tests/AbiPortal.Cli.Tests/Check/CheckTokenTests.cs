using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests.Check;

/// <summary>
/// <c>abiportal check</c> against a real server that requires an upload token: the token goes in
/// with <c>--token</c> or <c>ABIPORTAL_TOKEN</c>; without one the check fails and says why.
/// </summary>
public sealed class CheckTokenTests : IAsyncLifetime
{
    private const string Token = "ci-upload-token-58e1d0";

    private readonly CheckPortal _portal = new(Token);

    private static string Release => TestPaths.Fixture("ui", "libshapes.so.1.1");

    private static string Breaking => TestPaths.Fixture("ui", "libshapes.so.2.0");

    public async Task InitializeAsync()
    {
        _portal.Start();
        await _portal.UploadReleaseAsync(Release, "shapes", "1.1");
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public void Token_option_is_sent_and_the_check_runs()
    {
        var (exit, stdout, stderr) = Check(new Dictionary<string, string>(), "--token", Token);
        Assert.True(exit == 12, stderr);
        Assert.Contains("ABI verdict for shapes: incompatible", stdout);
    }

    [Fact]
    public void Token_from_the_environment_is_sent_and_the_check_runs()
    {
        var (exit, stdout, stderr) = Check(new Dictionary<string, string> { ["ABIPORTAL_TOKEN"] = Token }, "--snapshot-only");
        Assert.True(exit == 12, stderr);
        Assert.Contains("ABI verdict for shapes: incompatible", stdout);
    }

    [Fact]
    public async Task Without_a_token_the_check_fails_naming_the_401_and_how_to_give_one()
    {
        var (exit, stdout, stderr) = Check(new Dictionary<string, string>());
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("401", stderr);
        Assert.Contains("The server wants an upload token: pass --token or set ABIPORTAL_TOKEN.", stderr);
        Assert.DoesNotContain(await _portal.ArtifactsAsync(), a => a.Labels.Channel == "pr");
    }

    [Fact]
    public void A_wrong_token_fails_without_printing_it()
    {
        var (exit, _, stderr) = Check(new Dictionary<string, string> { ["ABIPORTAL_TOKEN"] = "stale-token-0000" });
        Assert.Equal(1, exit);
        Assert.Contains("401", stderr);
        Assert.Contains("did not accept the upload token", stderr);
        Assert.DoesNotContain("stale-token-0000", stderr);
    }

    private (int Exit, string Stdout, string Stderr) Check(Dictionary<string, string> env, params string[] extra)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] args = ["check", Breaking, "--server", _portal.BaseUrl, "--library", "shapes", .. extra];
        int exit = CliApp.Run(args, stdout, stderr, k => env.GetValueOrDefault(k));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

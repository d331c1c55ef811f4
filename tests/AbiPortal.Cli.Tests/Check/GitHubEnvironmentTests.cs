using AbiPortal.Cli.Check;

namespace AbiPortal.Cli.Tests.Check;

public sealed class GitHubEnvironmentTests
{
    [Theory]
    [InlineData(null, "tok", "GITHUB_REPOSITORY")]
    [InlineData("noslash", "tok", "GITHUB_REPOSITORY")]
    [InlineData("o/r", null, "GITHUB_TOKEN")]
    public void Names_the_missing_variable(string? repository, string? token, string expected)
    {
        string eventPath = Path.GetTempFileName();
        File.WriteAllText(eventPath, """{"pull_request":{"number":3}}""");
        var vars = new Dictionary<string, string?> { ["GITHUB_REPOSITORY"] = repository, ["GITHUB_TOKEN"] = token, ["GITHUB_EVENT_PATH"] = eventPath };
        Assert.Null(GitHubEnvironment.FromEnvironment(k => vars.GetValueOrDefault(k), out string? problem));
        Assert.Contains(expected, problem);
        File.Delete(eventPath);
    }

    [Fact]
    public void A_push_event_has_no_pull_request()
    {
        string eventPath = Path.GetTempFileName();
        File.WriteAllText(eventPath, """{"ref":"refs/heads/main"}""");
        var vars = new Dictionary<string, string?> { ["GITHUB_REPOSITORY"] = "o/r", ["GITHUB_TOKEN"] = "t", ["GITHUB_EVENT_PATH"] = eventPath };
        Assert.Null(GitHubEnvironment.FromEnvironment(k => vars.GetValueOrDefault(k), out string? problem));
        Assert.Contains("pull request number", problem);
        File.Delete(eventPath);
    }

    [Theory]
    [InlineData("none", "none", 0)]
    [InlineData("compatible", "incompatible", 4)]
    [InlineData("compatible", "any", 12)]
    [InlineData("compatible", "none", 0)]
    [InlineData("incompatible", "incompatible", 12)]
    [InlineData("incompatible", "any", 12)]
    [InlineData("incompatible", "none", 0)]
    [InlineData("bogus", "any", 1)]
    public void Exit_status_follows_fail_on(string verdict, string failOn, int expected)
        => Assert.Equal(expected, ExitStatus.For(verdict, failOn));
}

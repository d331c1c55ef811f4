using System.Text.Json;

namespace AbiPortal.Cli.Check;

/// <summary>
/// What a GitHub Actions job tells us through its standard variables: the API root, the
/// repository, the pull request (from the event payload) and the token.
/// </summary>
internal sealed record GitHubEnvironment(Uri ApiUrl, string Owner, string Repository, int PullRequest, string Token)
{
    /// <summary>Reads GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_EVENT_PATH and GITHUB_TOKEN; null with a reason when one is missing.</summary>
    public static GitHubEnvironment? FromEnvironment(Func<string, string?> env, out string? problem)
    {
        problem = null;
        string api = env("GITHUB_API_URL") is { Length: > 0 } a ? a : "https://api.github.com";
        string? repository = env("GITHUB_REPOSITORY");
        string? eventPath = env("GITHUB_EVENT_PATH");
        string? token = env("GITHUB_TOKEN");
        if (string.IsNullOrEmpty(repository) || repository.Split('/') is not [{ Length: > 0 } owner, { Length: > 0 } repo])
        {
            problem = "GITHUB_REPOSITORY must be set to owner/repo.";
            return null;
        }

        if (string.IsNullOrEmpty(token))
        {
            problem = "GITHUB_TOKEN must be set (give the job 'pull-requests: write').";
            return null;
        }

        if (string.IsNullOrEmpty(eventPath) || !File.Exists(eventPath))
        {
            problem = "GITHUB_EVENT_PATH must name the event payload of a pull_request run.";
            return null;
        }

        int? number = ReadPullRequestNumber(eventPath);
        if (number is null)
        {
            problem = $"The event payload {eventPath} has no pull request number (run on pull_request events).";
            return null;
        }

        if (!Uri.TryCreate(api.TrimEnd('/') + "/", UriKind.Absolute, out var apiUri))
        {
            problem = $"GITHUB_API_URL '{api}' is not a URL.";
            return null;
        }

        return new GitHubEnvironment(apiUri, owner, repo, number.Value, token);
    }

    /// <summary>pull_request.number, or the top-level number of issue-style payloads.</summary>
    private static int? ReadPullRequestNumber(string eventPath)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(eventPath));
            var root = doc.RootElement;
            if (root.TryGetProperty("pull_request", out var pr) && pr.TryGetProperty("number", out var n) && n.TryGetInt32(out int v))
            {
                return v;
            }

            return root.TryGetProperty("number", out var top) && top.TryGetInt32(out int t) ? t : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace AbiPortal.Cli.Check;

/// <summary>
/// The two GitHub REST calls the bot needs: list a pull request's issue comments (all pages) and
/// create or update one. Retries politely when GitHub says to slow down: 429, or 403 with
/// Retry-After or an exhausted rate limit, waiting as long as it asks (capped).
/// </summary>
internal sealed class GitHubCommentClient
{
    private const int MaxAttempts = 4;
    private const int PageSize = 100;

    /// <summary>Pages of comments we read at most (10,000 comments): a bound, not a limit anyone meets.</summary>
    private const int MaxPages = 100;

    private readonly HttpClient _http;
    private readonly GitHubEnvironment _env;
    private readonly TimeSpan _maxWait;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public GitHubCommentClient(HttpClient http, GitHubEnvironment env, TimeSpan? maxWait = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _http = http;
        _env = env;
        _maxWait = maxWait ?? TimeSpan.FromSeconds(60);
        _delay = delay ?? Task.Delay;
    }

    /// <summary>Creates the sticky comment, or updates the one found by its marker. Returns the comment id and whether it was created.</summary>
    public async Task<(long Id, bool Created)> UpsertAsync(string library, string body, bool createIfMissing, CancellationToken ct)
    {
        var comments = await ListCommentsAsync(ct);
        long? existing = StickyComment.Find(comments, library);
        string text = StickyComment.WithMarker(body, library);
        if (existing is { } id)
        {
            await SendAsync(() => Json(HttpMethod.Patch, $"repos/{_env.Owner}/{_env.Repository}/issues/comments/{id}", text), ct);
            return (id, false);
        }

        if (!createIfMissing)
        {
            return (0, false);
        }

        using var response = await SendAsync(() => Json(HttpMethod.Post, $"repos/{_env.Owner}/{_env.Repository}/issues/{_env.PullRequest}/comments", text), ct);
        var created = await response.Content.ReadFromJsonAsync(CliJsonContext.Default.GitHubComment, ct);
        return (created?.Id ?? 0, true);
    }

    private async Task<List<GitHubComment>> ListCommentsAsync(CancellationToken ct)
    {
        var all = new List<GitHubComment>();
        for (int page = 1; page <= MaxPages; page++)
        {
            string path = $"repos/{_env.Owner}/{_env.Repository}/issues/{_env.PullRequest}/comments?per_page={PageSize}&page={page}";
            using var response = await SendAsync(() => Request(HttpMethod.Get, path), ct);
            var batch = await response.Content.ReadFromJsonAsync(CliJsonContext.Default.ListGitHubComment, ct) ?? [];
            all.AddRange(batch);
            if (batch.Count < PageSize)
            {
                break;
            }
        }

        return all;
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> makeRequest, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            using var request = makeRequest();
            var response = await _http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            TimeSpan? wait = RetryDelay(response);
            if (wait is null || attempt >= MaxAttempts)
            {
                string detail = await response.Content.ReadAsStringAsync(ct);
                response.Dispose();
                throw new GitHubApiException($"GitHub answered {(int)response.StatusCode} {response.ReasonPhrase} to {request.Method} {request.RequestUri}: {Truncate(detail)}");
            }

            response.Dispose();
            await _delay(wait.Value > _maxWait ? _maxWait : wait.Value, ct);
        }
    }

    /// <summary>How long GitHub asks us to wait, or null when the failure is not about rate limits.</summary>
    private static TimeSpan? RetryDelay(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.Forbidden))
        {
            return null;
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                var d = date - DateTimeOffset.UtcNow;
                return d > TimeSpan.Zero ? d : TimeSpan.Zero;
            }
        }

        // The primary rate limit: x-ratelimit-remaining 0 and a reset time in epoch seconds.
        if (response.Headers.TryGetValues("x-ratelimit-remaining", out var remaining) && remaining.FirstOrDefault() == "0"
            && response.Headers.TryGetValues("x-ratelimit-reset", out var reset) && long.TryParse(reset.FirstOrDefault(), out long epoch))
        {
            var d = DateTimeOffset.FromUnixTimeSeconds(epoch) - DateTimeOffset.UtcNow;
            return d > TimeSpan.Zero ? d : TimeSpan.Zero;
        }

        // A 429 without hints: back off a little; a bare 403 is a permission problem, not a rate limit.
        return response.StatusCode == HttpStatusCode.TooManyRequests ? TimeSpan.FromSeconds(5) : null;
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(_env.ApiUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _env.Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("abiportal", "1.0"));
        request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
        return request;
    }

    private HttpRequestMessage Json(HttpMethod method, string path, string body)
    {
        var request = Request(method, path);
        request.Content = JsonContent.Create(new GitHubCommentBody(body), CliJsonContext.Default.GitHubCommentBody);
        return request;
    }

    private static string Truncate(string s) => s.Length > 300 ? s[..300] + "..." : s;
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AbiPortal.Cli.Tests.Check;

/// <summary>
/// A local stand-in for the two GitHub REST calls the bot uses (GitHub itself is unreachable
/// here): list a pull request's issue comments, create one, update one. It records every request
/// and can answer the first N calls with 429 + Retry-After to test polite retries.
/// </summary>
internal sealed class FakeGitHub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _nextId = 1000;

    public FakeGitHub(int rateLimitFirst = 0)
    {
        RateLimitRemaining = rateLimitFirst;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
            if (RateLimitRemaining > 0)
            {
                RateLimitRemaining--;
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            await next(context);
        });
        _app.MapGet("/repos/{owner}/{repo}/issues/{number:int}/comments", (int number, int? page, int? per_page) =>
        {
            var list = Comments.Where(c => c.Value.Number == number).OrderBy(c => c.Key)
                .Skip(((page ?? 1) - 1) * (per_page ?? 30)).Take(per_page ?? 30)
                .Select(c => new JsonObject { ["id"] = c.Key, ["body"] = c.Value.Body, ["user"] = new JsonObject { ["login"] = "github-actions[bot]" } });
            return Results.Json(new JsonArray(list.ToArray<JsonNode?>()));
        });
        _app.MapPost("/repos/{owner}/{repo}/issues/{number:int}/comments", async (int number, HttpRequest request) =>
        {
            string body = await ReadBodyAsync(request);
            long id = Interlocked.Increment(ref _nextId);
            Comments[id] = (number, body);
            return Results.Json(new JsonObject { ["id"] = id, ["body"] = body }, statusCode: 201);
        });
        _app.MapMethods("/repos/{owner}/{repo}/issues/comments/{id:long}", ["PATCH"], async (long id, HttpRequest request) =>
        {
            if (!Comments.TryGetValue(id, out var existing))
            {
                return Results.NotFound();
            }

            string body = await ReadBodyAsync(request);
            Comments[id] = (existing.Number, body);
            Updates.Enqueue(id);
            return Results.Json(new JsonObject { ["id"] = id, ["body"] = body });
        });
    }

    public ConcurrentDictionary<long, (int Number, string Body)> Comments { get; } = new();

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> Authorizations { get; } = new();

    public ConcurrentQueue<long> Updates { get; } = new();

    public int RateLimitRemaining { get; set; }

    public string Url => _app.Urls.First();

    public async Task StartAsync() => await _app.StartAsync();

    /// <summary>Adds a comment as if someone else had posted it.</summary>
    public long Seed(int number, string body)
    {
        long id = Interlocked.Increment(ref _nextId);
        Comments[id] = (number, body);
        return id;
    }

    /// <summary>Writes a pull_request event payload and returns the environment a GitHub Actions job would have.</summary>
    public Dictionary<string, string?> Environment(int pullRequest, string folder)
    {
        string eventPath = Path.Combine(folder, "event.json");
        File.WriteAllText(eventPath, new JsonObject { ["action"] = "synchronize", ["pull_request"] = new JsonObject { ["number"] = pullRequest } }.ToJsonString());
        return new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_API_URL"] = Url,
            ["GITHUB_REPOSITORY"] = "octo/widgets",
            ["GITHUB_EVENT_PATH"] = eventPath,
            ["GITHUB_TOKEN"] = "ghs_test_token",
            ["GITHUB_SHA"] = "0123456789abcdef0123456789abcdef01234567",
        };
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var doc = await JsonDocument.ParseAsync(request.Body);
        return doc.RootElement.GetProperty("body").GetString() ?? string.Empty;
    }
}

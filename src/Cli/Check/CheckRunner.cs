using System.Text.Json;

namespace AbiPortal.Cli.Check;

/// <summary>Runs one check: ask the server, print, write JSON, comment, choose the exit status.</summary>
internal sealed class CheckRunner(TextWriter stdout, TextWriter stderr, Func<string, string?> env, HttpMessageHandler? handler)
{
    public async Task<int> RunAsync(CheckRunOptions options, CancellationToken ct)
    {
        if (!Uri.TryCreate(options.Server.TrimEnd('/') + "/", UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            stderr.WriteLine($"abiportal: --server '{options.Server}' is not an http(s) URL.");
            return ExitStatus.Usage;
        }

        if (!File.Exists(options.Request.FilePath))
        {
            stderr.WriteLine($"abiportal: {options.Request.FilePath}: no such file.");
            return ExitStatus.Error;
        }

        GitHubEnvironment? gh = null;
        if (options.GitHub)
        {
            gh = GitHubEnvironment.FromEnvironment(env, out string? problem);
            if (gh is null)
            {
                stderr.WriteLine($"abiportal: --github: {problem}");
                return ExitStatus.Error;
            }
        }

        var request = options.Request;
        if (request.PullRequest is null && gh is not null)
        {
            request = request with { PullRequest = gh.PullRequest.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.Timeout = TimeSpan.FromMinutes(10);
        CheckResponse response;
        try
        {
            response = await new PortalCheckClient(http, server, options.Token).CheckAsync(request, ct);
        }
        catch (Exception ex) when (ex is PortalApiException or HttpRequestException or TaskCanceledException or JsonException or IOException)
        {
            stderr.WriteLine($"abiportal: check failed: {ex.Message}");
            return ExitStatus.Error;
        }

        stdout.WriteLine($"ABI verdict for {request.Library}: {response.Verdict}");
        if (response.Links?.Diff is { } diffLink)
        {
            stdout.WriteLine($"Diff: {diffLink}");
        }

        stdout.WriteLine();
        stdout.WriteLine(response.Markdown);

        if (options.JsonPath is not null)
        {
            await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(response, CliJsonContext.Default.CheckResponse), ct);
        }

        if (gh is not null)
        {
            try
            {
                // A clean build does not open a new comment, but it does update an earlier one to say so.
                var (id, created) = await new GitHubCommentClient(http, gh).UpsertAsync(request.Library, response.Markdown, createIfMissing: response.Verdict != "none", ct);
                stderr.WriteLine(id == 0 ? "abiportal: no ABI change and no earlier comment: nothing posted." : $"abiportal: {(created ? "created" : "updated")} comment {id} on pull request #{gh.PullRequest}.");
            }
            catch (Exception ex) when (ex is GitHubApiException or HttpRequestException or TaskCanceledException or JsonException)
            {
                stderr.WriteLine($"abiportal: could not comment on the pull request: {ex.Message}");
                return ExitStatus.Error;
            }
        }

        return ExitStatus.For(response.Verdict, options.FailOn);
    }
}

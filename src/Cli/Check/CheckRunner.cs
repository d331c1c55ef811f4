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

        int status = ExitStatus.For(response.Verdict, options.FailOn);
        if (status == ExitStatus.AbiChangeBit && IsWarning(response.Verdict, options.WarnOn))
        {
            Warn(request.Library, response, options.FailOn);
        }

        return status;
    }

    /// <summary>A verdict at or above <c>--warn-on</c> that did not fail the check is reported as a warning.</summary>
    private static bool IsWarning(string verdict, string warnOn)
        => warnOn != "none" && Parsers.Snapshots.EnumNames.TryParse(verdict, out Parsers.Diff.Verdict v) && v >= ExitStatus.Threshold(warnOn);

    /// <summary>
    /// Says on stderr that the check passes with a warning and, inside GitHub Actions, writes a
    /// <c>::warning</c> workflow command, which the run's summary and the pull request's checks
    /// show as a warning annotation while the step itself succeeds (with the usual <c>|| [ $? -eq 4 ]</c>).
    /// </summary>
    private void Warn(string library, CheckResponse response, string failOn)
    {
        string counts = CountsOf(response.Diff);
        string message = $"ABI {response.Verdict} for {library}{counts}; not failing the check (--fail-on {failOn}).";
        stderr.WriteLine($"abiportal: warning: {message}");
        if (env("GITHUB_ACTIONS") == "true")
        {
            string link = response.Links?.Diff is { } diff ? " " + diff : string.Empty;
            stdout.WriteLine($"::warning title={WorkflowProperty($"ABI check: {library}")}::{WorkflowData(message + link)}");
        }
    }

    /// <summary><c> (1 risk, 0 api-break)</c> from the diff JSON's summary, or nothing when it is absent.</summary>
    private static string CountsOf(JsonElement? diff)
    {
        if (diff is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.Object)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        foreach (var (property, word) in new[] { ("apiBreak", "api-break"), ("risk", "risk") })
        {
            if (summary.TryGetProperty(property, out var n) && n.TryGetInt32(out int count) && count > 0)
            {
                parts.Add($"{count} {word}");
            }
        }

        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }

    /// <summary>Workflow command data: <c>%</c>, CR and LF escaped (GitHub Actions toolkit, <c>escapeData</c>).</summary>
    private static string WorkflowData(string text)
        => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A workflow command property: data escaping plus <c>:</c> and <c>,</c> (<c>escapeProperty</c>).</summary>
    private static string WorkflowProperty(string text)
        => WorkflowData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}

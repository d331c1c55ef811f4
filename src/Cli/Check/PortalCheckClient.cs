using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Check;

/// <summary>
/// Calls <c>POST /api/check</c> on an AbiPortal server: multipart with the binary, or, in
/// snapshot-only mode, JSON with the snapshot read on this machine (the binary never leaves it).
/// </summary>
internal sealed class PortalCheckClient(HttpClient http, Uri server, string? token)
{
    public async Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "api/check"));
        if (!string.IsNullOrEmpty(token))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Stream? file = null;
        try
        {
            if (request.SnapshotOnly)
            {
                message.Content = new ByteArrayContent(SnapshotRequestBody(request)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
            }
            else
            {
                file = File.OpenRead(request.FilePath);
                var form = new MultipartFormDataContent();
                var fileContent = new StreamContent(file);
                fileContent.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(fileContent, "file", Path.GetFileName(request.FilePath));
                foreach (var (name, value) in Labels(request))
                {
                    form.Add(new StringContent(value), name);
                }

                message.Content = form;
            }

            using var response = await http.SendAsync(message, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new PortalApiException(await DescribeFailureAsync(response, ct) + AuthenticationHint(response));
            }

            return await response.Content.ReadFromJsonAsync(CliJsonContext.Default.CheckResponse, ct)
                ?? throw new PortalApiException("The server answered with an empty body.");
        }
        finally
        {
            file?.Dispose();
        }
    }

    private static IEnumerable<(string Name, string Value)> Labels(CheckRequest r)
    {
        yield return ("library", r.Library);
        yield return ("channel", "pr");
        if (r.Against is not null)
        {
            yield return ("against", r.Against);
        }

        if (r.Version is not null)
        {
            yield return ("version", r.Version);
        }

        if (r.Platform is not null)
        {
            yield return ("platform", r.Platform);
        }

        if (r.PullRequest is not null)
        {
            yield return ("pr", r.PullRequest);
        }

        if (r.Commit is not null)
        {
            yield return ("commit", r.Commit);
        }
    }

    /// <summary>{"library":..., "channel":"pr", ..., "snapshot": { inspect --json object }}.</summary>
    private static byte[] SnapshotRequestBody(CheckRequest request)
    {
        var snapshot = SnapshotReader.ReadFile(request.FilePath);
        if (snapshot.Format == BinaryFormat.Unknown)
        {
            throw new PortalApiException($"{request.FilePath}: {string.Join("; ", snapshot.Diagnostics.Select(d => d.Message))}");
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in Labels(request))
            {
                writer.WriteString(name, value);
            }

            writer.WritePropertyName("snapshot");
            SnapshotJson.Serialize(writer, snapshot);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A server with upload tokens answers 401 to a check without an accepted one: say how to give
    /// one, or that the one given was refused (never printing it).
    /// </summary>
    private string AuthenticationHint(HttpResponseMessage response)
    {
        if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized)
        {
            return string.Empty;
        }

        return string.IsNullOrEmpty(token)
            ? " The server wants an upload token: pass --token or set ABIPORTAL_TOKEN."
            : " The server did not accept the upload token given (--token or ABIPORTAL_TOKEN).";
    }

    private static async Task<string> DescribeFailureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        string body = await response.Content.ReadAsStringAsync(ct);
        string detail = body;
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                string? title = doc.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
                string? d = doc.RootElement.TryGetProperty("detail", out var dd) ? dd.GetString() : null;
                detail = string.Join(": ", new[] { title, d }.Where(s => !string.IsNullOrEmpty(s)));
            }
        }
        catch (JsonException)
        {
            // Not ProblemDetails; show the raw text.
        }

        return $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}: {(detail.Length > 500 ? detail[..500] : detail)}";
    }
}

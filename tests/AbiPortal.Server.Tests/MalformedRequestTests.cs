using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AbiPortal.Server.Tests;

/// <summary>
/// Requests an attacker (or a broken client) sends, over real HTTP to Kestrel: each gets a bounded
/// 4xx with a ProblemDetails that says what was wrong, never a 500, and leaves no file behind.
/// </summary>
public sealed class MalformedRequestTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private const string Boundary = "b0undary";

    [Fact]
    public async Task Multipart_without_a_closing_boundary_is_400()
        => await AssertMultipartRefusedAsync(FileSection("libdemo.so", Fixtures.DemoV1), "closing boundary");

    [Fact]
    public async Task Multipart_with_another_boundary_than_the_header_names_is_400()
        => await AssertMultipartRefusedAsync([.. FileSection("libdemo.so", Fixtures.DemoV1, boundary: "other"), .. Encoding.ASCII.GetBytes("\r\n--other--\r\n")], "closing boundary");

    [Fact]
    public async Task Empty_multipart_body_is_400()
        => await AssertMultipartRefusedAsync([], "closing boundary");

    [Fact]
    public async Task Section_headers_over_16_KB_are_400()
    {
        byte[] body = Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.so\"\r\nX-Padding: {new string('a', 20_000)}\r\n\r\nx\r\n--{Boundary}--\r\n");
        await AssertMultipartRefusedAsync(body, "16384");
    }

    [Fact]
    public async Task Body_cut_short_gets_no_500_and_leaves_no_temp_file()
    {
        byte[] start = FileSection("libdemo.so", Fixtures.DemoV1);
        var response = await RawHttp.SendAsync(portal.BaseAddress, RawHttp.MultipartHead(portal.BaseAddress, "/api/artifacts", Boundary, start.Length + 50_000), start, stopSending: true);

        // Kestrel may drop a connection whose client stopped sending mid-body; if it answers, it is a 400.
        if (response is not null)
        {
            Assert.Equal(400, response.Status);
            Assert.StartsWith("application/problem+json", response.Headers["content-type"], StringComparison.Ordinal);
        }

        await portal.AssertNoTempFilesAsync();
        Assert.Empty(StoredArtifact.UploadedFiles(portal.Factory));
    }

    [Fact]
    public async Task Client_that_goes_away_mid_upload_leaves_no_temp_file()
    {
        byte[] start = FileSection("libdemo.so", Fixtures.DemoV1);
        using (var client = new System.Net.Sockets.TcpClient())
        {
            await client.ConnectAsync(portal.BaseAddress.Host, portal.BaseAddress.Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(RawHttp.MultipartHead(portal.BaseAddress, "/api/artifacts", Boundary, start.Length + 50_000) + "\r\n"));
            await stream.WriteAsync(start);
            await stream.FlushAsync();

            // Let the server start the temp file, then vanish without a word.
            for (int i = 0; i < 100 && portal.TempFiles.Count == 0; i++)
            {
                await Task.Delay(20);
            }

            Assert.NotEmpty(portal.TempFiles);
            client.Client.LingerState = new System.Net.Sockets.LingerOption(true, 0);
        }

        await portal.AssertNoTempFilesAsync();
    }

    [Fact]
    public async Task Declared_body_over_the_limit_is_413_before_it_is_read()
    {
        // Kestrel's limit for the upload endpoints is the upload limit plus 1 MiB for the form.
        var response = await RawHttp.SendAsync(portal.BaseAddress, RawHttp.MultipartHead(portal.BaseAddress, "/api/artifacts", Boundary, 100L * 1024 * 1024), FileSection("big.so", Fixtures.DemoV1), stopSending: false);

        Assert.NotNull(response);
        Assert.Equal(413, response.Status);
        Assert.Contains("\"status\":413", response.Body, StringComparison.Ordinal);
        await portal.AssertNoTempFilesAsync();
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413_and_nothing_is_kept()
    {
        byte[] big = [.. Fixtures.DemoV1, .. new byte[2 * 1024 * 1024]];
        var form = PortalClient.Form(big, "big.so");
        var content = new StreamContent(await form.ReadAsStreamAsync());
        content.Headers.ContentType = form.Headers.ContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/artifacts") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await portal.Client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(StoredArtifact.UploadedFiles(portal.Factory));
    }

    [Fact]
    public async Task File_over_the_upload_limit_inside_kestrels_is_413_and_nothing_is_kept()
    {
        byte[] big = [.. Fixtures.DemoV1, .. new byte[KestrelPortal.UploadLimit]];
        var response = await portal.Client.PostAsync("/api/artifacts", PortalClient.Form(big, "big.so"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("larger than the limit", problem.Detail, StringComparison.Ordinal);
        Assert.Empty(StoredArtifact.UploadedFiles(portal.Factory));
    }

    [Theory]
    [InlineData("filename*=UTF-8''lib%00demo.so", "file name")]
    [InlineData("filename*=UTF-8''lib%0Ademo.so", "file name")]
    [InlineData("filename*=UTF-8''lib%E2%80%AEos.so", "file name")]
    public async Task Control_characters_in_the_file_name_are_400_and_nothing_is_kept(string disposition, string field)
    {
        byte[] body = [.. Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; {disposition}\r\n\r\n"), .. Fixtures.DemoVariant(601), .. Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n")];
        var problem = await AssertProblemAsync(await PostMultipartAsync(body), HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(StoredArtifact.UploadedFiles(portal.Factory));
    }

    [Theory]
    [InlineData("library", "demo\0")]
    [InlineData("version", "1.0\u0007")]
    [InlineData("platform", "linux\u2028x86")]
    public async Task Control_characters_in_labels_are_400_and_the_file_is_never_kept(string label, string value)
    {
        byte[] bytes = Fixtures.DemoVariant(602);
        var problem = await AssertProblemAsync(await portal.Client.PostAsync("/api/artifacts", PortalClient.Form(bytes, "libdemo.so", (label, value))), HttpStatusCode.BadRequest);

        Assert.Contains(label, problem.Detail, StringComparison.Ordinal);
        Assert.Empty(StoredArtifact.UploadedFiles(portal.Factory));
    }

    [Theory]
    [InlineData("/api/artifacts?page=abc", "page")]
    [InlineData("/api/artifacts?pageSize=1e3", "pageSize")]
    [InlineData("/api/symbols?q=a&page=abc", "page")]
    [InlineData("/api/artifacts/1/exports?page=x", "page")]
    [InlineData("/api/diff?base=a&head=1", "base")]
    [InlineData("/api/artifacts?page=99999999999", "page")]
    [InlineData("/api/symbols?q=a%00b", "NUL")]
    public async Task Query_values_that_do_not_parse_are_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await AssertProblemAsync(await portal.Client.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Contains(parameter, problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/artifacts?page=2147483647&pageSize=1000")]
    [InlineData("/api/symbols?q=a&page=2147483647&pageSize=1000")]
    public async Task A_page_past_any_list_is_400_not_page_one(string url)
    {
        var problem = await AssertProblemAsync(await portal.Client.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Contains("past the end", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/diff?base=a&head=1", "base must be a whole number")]
    [InlineData("/diff?base=1&head=1&severity=fatal", "severity must be one of")]
    [InlineData("/symbols?q=a&page=abc", "page must be a whole number")]
    [InlineData("/artifacts/1?page=abc", "page must be a whole number")]
    [InlineData("/artifacts/1?pageSize=-", "pageSize must be a whole number")]
    [InlineData("/symbols?q=a%00", "NUL")]
    public async Task Pages_answer_bad_query_values_with_the_portals_error_page_and_400(string url, string detail)
    {
        var response = await portal.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1 id=\"error-title\">Bad request</h1>", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(detail), html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_json_over_the_limit_without_a_length_is_413()
    {
        string json = "{\"library\":\"x\",\"snapshot\":{\"file\":{\"name\":\"" + new string('a', (int)KestrelPortal.CheckJsonLimit) + "\"}}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json))) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        await AssertProblemAsync(await portal.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("{\"library\":\"x\",\"snapshot\":{\"format\":\"elf\",\"file\":{}}}", "file.name")]
    [InlineData("{\"library\":\"x\",\"snapshot\":{\"format\":\"elf\",\"file\":{\"name\":5}}}", "not a snapshot")]
    [InlineData("{\"library\":\"x\",\"snapshot\":{\"format\":\"elf\",\"file\":{\"name\":\"a\\u0000b.so\"}}}", "file name")]
    public async Task Check_snapshot_that_fails_validation_is_400(string json, string detail)
    {
        var response = await portal.Client.PostAsync("/api/check", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(detail, problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_and_the_api_carry_the_security_headers()
    {
        foreach (string url in new[] { "/", "/upload", "/api/artifacts" })
        {
            var response = await portal.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            string csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    private static byte[] FileSection(string fileName, byte[] bytes, string boundary = Boundary)
        => [.. Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n"), .. bytes];

    private async Task<HttpResponseMessage> PostMultipartAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return await portal.Client.PostAsync("/api/artifacts", content);
    }

    private async Task AssertMultipartRefusedAsync(byte[] body, string detail)
    {
        var problem = await AssertProblemAsync(await PostMultipartAsync(body), HttpStatusCode.BadRequest);
        Assert.Contains(detail, problem.Detail, StringComparison.Ordinal);
        await portal.AssertNoTempFilesAsync();
        Assert.Empty(StoredArtifact.UploadedFiles(portal.Factory));
    }

    private static async Task<ProblemDetails> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal((int)expected, problem!.Status);
        Assert.False(string.IsNullOrEmpty(problem.Detail));
        return problem;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>
/// The upload page's own endpoints on a server that requires upload tokens, over real HTTP: the
/// token is entered once on a small form and kept in an HttpOnly cookie, and POST /ui/upload is
/// refused on its headers alone, before a byte of its body is read.
/// </summary>
public sealed partial class BrowserUploadTests : IAsyncLifetime
{
    private const string Token = "browser-token-5d1c2e";
    private readonly TempDirectory data = new("abiportal-browser");
    private PortalFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new PortalFactory(data.Path, workers: 1, kestrel: true, settings: new Dictionary<string, string> { ["AbiPortal:UploadTokens:0"] = Token });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task Without_the_cookie_the_upload_is_refused_before_its_body_is_read()
    {
        // A body announced as 50 MB of which only the start ever comes: a server that read it
        // first would wait for the rest and never answer.
        string head = $"POST /ui/upload HTTP/1.1\r\nHost: {factory.BaseAddress.Authority}\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 50000000\r\n";
        byte[] start = Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.so\"\r\n\r\n\u007fELF");

        var form = await RawHttp.SendAsync(factory.BaseAddress, head, start, stopSending: false, TimeSpan.FromSeconds(20));
        var script = await RawHttp.SendAsync(factory.BaseAddress, head + "Accept: application/json\r\n", start, stopSending: false, TimeSpan.FromSeconds(20));

        Assert.Equal(303, form!.Status);
        Assert.StartsWith("/upload?error=", form.Headers["location"], StringComparison.Ordinal);
        Assert.Equal(401, script!.Status);
        Assert.Contains("Upload token required", script.Body, StringComparison.Ordinal);
        Assert.Empty(StoredArtifact.UploadedFiles(factory));
    }

    [Fact]
    public async Task The_token_is_entered_once_then_the_plain_form_uploads()
    {
        using var browser = Browser();
        string page = await browser.GetStringAsync("/upload");
        Assert.Contains("id=\"token-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"upload-form\"", page, StringComparison.Ordinal);

        // A wrong token goes back to the page with the reason, and sets nothing.
        var wrong = await browser.PostAsync("/ui/token", TokenForm(page, "not-the-token"));
        Assert.Equal(HttpStatusCode.SeeOther, wrong.StatusCode);
        Assert.Contains("not%20one%20this%20portal%20accepts", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));

        var right = await browser.PostAsync("/ui/token", TokenForm(page, Token));
        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
        Assert.Equal("/upload", right.Headers.Location!.OriginalString);
        string cookie = Assert.Single(right.Headers.GetValues("Set-Cookie"), c => c.StartsWith("abiportal-upload-token=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Token, cookie, StringComparison.Ordinal);

        page = await browser.GetStringAsync("/upload");
        Assert.Contains("id=\"upload-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, page, StringComparison.Ordinal);
        var upload = await browser.PostAsync("/ui/upload", UploadForm(page, Fixtures.DemoVariant(701), ("library", "browser"), ("version", "1.0")));
        Assert.Equal(HttpStatusCode.SeeOther, upload.StatusCode);
        Assert.Matches(ArtifactUrl(), upload.Headers.Location!.OriginalString);

        // Forgetting it brings the token form back.
        var forget = await browser.PostAsync("/ui/token/forget", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AntiforgeryToken(page), ["forget"] = "1" }));
        Assert.Equal(HttpStatusCode.SeeOther, forget.StatusCode);
        Assert.Contains("id=\"token-form\"", await browser.GetStringAsync("/upload"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_without_its_antiforgery_token_is_400_and_nothing_is_kept()
    {
        using var browser = Browser();
        string page = await browser.GetStringAsync("/upload");
        await browser.PostAsync("/ui/token", TokenForm(page, Token));
        page = await browser.GetStringAsync("/upload");

        var content = UploadForm(page, Fixtures.DemoVariant(702), ("library", "forged"));
        var forged = new MultipartFormDataContent();
        foreach (var part in content.Where(p => p.Headers.ContentDisposition!.Name!.Trim('"') != "__RequestVerificationToken"))
        {
            forged.Add(part);
        }

        var response = await browser.PostAsync("/ui/upload", forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("did not come from this portal", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(StoredArtifact.UploadedFiles(factory));
    }

    [Fact]
    public async Task A_refused_file_comes_back_to_the_form_with_the_labels_typed()
    {
        using var browser = Browser();
        string page = await browser.GetStringAsync("/upload");
        await browser.PostAsync("/ui/token", TokenForm(page, Token));
        page = await browser.GetStringAsync("/upload");

        var response = await browser.PostAsync("/ui/upload", UploadForm(page, "plain text, not a binary"u8.ToArray(), ("library", "notes"), ("version", "0.1")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        string location = response.Headers.Location!.OriginalString;
        Assert.Contains("library=notes", location, StringComparison.Ordinal);
        Assert.Contains("version=0.1", location, StringComparison.Ordinal);
        Assert.Empty(StoredArtifact.UploadedFiles(factory));
    }

    private HttpClient Browser()
        => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = factory.BaseAddress };

    private static FormUrlEncodedContent TokenForm(string page, string token)
        => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = AntiforgeryToken(page), ["token"] = token });

    /// <summary>The upload form as a browser sends it: the antiforgery token, the labels, then the file.</summary>
    private static MultipartFormDataContent UploadForm(string page, byte[] bytes, params (string Name, string Value)[] labels)
    {
        var form = new MultipartFormDataContent { { new StringContent(AntiforgeryToken(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in labels)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "libdemo.so");
        return form;
    }

    private static string AntiforgeryToken(string page) => WebUtility.HtmlDecode(AntiforgeryInput().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex(@"^/artifacts/\d+$")]
    private static partial Regex ArtifactUrl();
}

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// One server on a SQLite file of its own that requires upload tokens: two real ones and a blank
/// entry (which must be ignored, not accepted as "no token").
/// </summary>
public sealed class TokenPortal : IAsyncLifetime
{
    public const string FirstToken = "first-token-7f3a9c";

    public const string SecondToken = "second-token-41be02";

    private readonly TempDirectory data = new("abiportal-tokens");

    public PortalFactory Factory { get; private set; } = null!;

    /// <summary>A client that sends no token unless a test adds one.</summary>
    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new PortalFactory(data.Path, settings: new Dictionary<string, string>
        {
            ["AbiPortal:UploadTokens:0"] = FirstToken,
            ["AbiPortal:UploadTokens:1"] = "   ",
            ["AbiPortal:UploadTokens:2"] = SecondToken,
        });
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    /// <summary>POSTs <paramref name="content"/> with <c>Authorization: Bearer <paramref name="token"/></c> (none when null).</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, HttpContent content, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Whether the artifact store holds <paramref name="bytes"/> (a refused upload must not be kept).</summary>
    public bool IsStored(byte[] bytes)
    {
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return File.Exists(Path.Combine(Factory.DataPath, "artifacts", sha[..2], sha));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        data.Dispose();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>DELETE is a write: with upload tokens configured it needs one, like uploads do.</summary>
public sealed class ArtifactDeleteTokenTests(TokenPortal portal) : IClassFixture<TokenPortal>
{
    [Fact]
    public async Task Delete_needs_an_accepted_token()
    {
        var upload = await portal.PostAsync("/api/artifacts", PortalClient.Form(Fixtures.DemoVariant(431), "libdemo.so", ("library", "guarded-delete")), TokenPortal.FirstToken);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        long id = (await upload.Content.ReadFromJsonAsync<ArtifactSummary>(PortalClient.Json))!.Id;
        await PortalClient.WaitParsedAsync(portal.Client, id);

        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(id, token: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(id, "not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.Client.GetAsync($"/api/artifacts/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(id, TokenPortal.SecondToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Client.GetAsync($"/api/artifacts/{id}")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_declares_the_token_on_delete()
    {
        using var document = JsonDocument.Parse(await portal.Client.GetStringAsync("/openapi/v1.json"));
        var delete = document.RootElement.GetProperty("paths").GetProperty("/api/artifacts/{id}").GetProperty("delete");
        Assert.True(delete.GetProperty("security")[0].TryGetProperty("UploadToken", out _));
        var responses = delete.GetProperty("responses");
        foreach (string status in new[] { "204", "401", "404", "409" })
        {
            Assert.True(responses.TryGetProperty(status, out _), status);
        }
    }

    private async Task<HttpResponseMessage> DeleteAsync(long id, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/artifacts/{id}");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await portal.Client.SendAsync(request);
    }
}

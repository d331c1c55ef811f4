using System.Net;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>Without AbiPortal:UploadTokens (the default) writes are open and nothing mentions tokens.</summary>
public sealed class OpenWritesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Upload_needs_no_token_and_a_stray_one_is_ignored()
    {
        var (status, _, _) = await PortalClient.UploadAsync(portal.Client, Fixtures.DemoVariant(331), "libdemo.so");
        Assert.Equal(HttpStatusCode.Accepted, status);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/artifacts") { Content = PortalClient.Form(Fixtures.DemoVariant(332), "libdemo.so") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "whatever");
        Assert.Equal(HttpStatusCode.Accepted, (await portal.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Upload_page_asks_for_no_token()
    {
        string html = await portal.Client.GetStringAsync("/upload");
        Assert.Contains("name=\"library\"", html);
        Assert.DoesNotContain("name=\"token\"", html);
        Assert.DoesNotContain("Authorization: Bearer", html);
    }

    [Fact]
    public async Task OpenApi_declares_no_security_scheme()
    {
        string json = await portal.Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/artifacts\"", json);
        Assert.DoesNotContain("securitySchemes", json);
        Assert.DoesNotContain("\"security\"", json);
    }
}

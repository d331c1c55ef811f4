using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AbiPortal.Server.Tests;

public sealed class HealthTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Healthz_answers_ok()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Home_page_renders_server_side()
    {
        using var client = factory.CreateClient();
        string html = await client.GetStringAsync("/");
        Assert.Contains("<h1>AbiPortal</h1>", html);
    }
}

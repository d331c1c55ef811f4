using System.Net;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

public sealed class HealthTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Healthz_answers_ok_with_the_database()
    {
        var response = await portal.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"sqlite\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Home_page_renders_server_side()
    {
        string html = await portal.Client.GetStringAsync("/");
        // Scoped CSS adds an attribute (b-xxxx) to the element, so match the tag loosely.
        Assert.Matches("<h1[^>]*>AbiPortal</h1>", html);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api()
    {
        string json = await portal.Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/artifacts\"", json);
        Assert.Contains("\"/api/artifacts/{id}/exports\"", json);
        Assert.Contains("\"/api/libraries/{name}\"", json);
        Assert.Contains("\"/api/symbols\"", json);
    }
}

using System.Net.Http.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Matrix;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>The platform matrix on a real PostgreSQL: the same answers as on SQLite.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MatrixPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task Matrix_csv_names_and_symbol_page_on_postgres()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, await postgres.CreateDatabaseAsync());
        using var client = factory.CreateClient();
        var (tally, counter) = await MatrixBuilds.UploadBothAsync(client);

        var page = await PortalClient.GetAsync<PlatformMatrixPage>(client, "/api/libraries/tally/versions/1.4.0/matrix?filter=gaps");
        Assert.Equal(["linux-x86_64", "macos/arm64", "macos/x86_64", "windows-x86", "windows-x86_64"], page!.Columns.Select(c => c.Label));
        Assert.Equal(["tally_load_fd", "tally_load_wide"], page.Items.Select(r => r.Name));
        Assert.Equal((10, 8), (page.Summary.Names, page.Summary.Everywhere));

        var gaps = await PortalClient.GetAsync<PlatformMatrixPage>(client, "/api/libraries/counter/versions/2.0/matrix?filter=gaps");
        Assert.Equal(5, gaps!.Total);

        string csv = await client.GetStringAsync("/api/libraries/counter/versions/2.0/matrix?format=csv&q=hash");
        Assert.Contains("\"tally::hash(char const*, unsigned long)\",function,yes,,present,present,as ?hash@tally@@YA_KPEBD_K@Z", csv, StringComparison.Ordinal);

        var response = await client.PostAsJsonAsync("/api/libraries/tally/versions/1.4.0/matrix", new { names = new[] { "tally_add", "tally_load_wide" } });
        var report = await response.Content.ReadFromJsonAsync<MatrixNamesReport>(PortalClient.Json);
        Assert.Equal([true, false], report!.Names.Select(n => n.Everywhere));

        // The symbol page shows the export on the other platforms of its version.
        var add = page.Columns.Select((c, i) => (c, i)).Single(x => x.c.Label == "linux-x86_64");
        var all = await PortalClient.GetAsync<PlatformMatrixPage>(client, "/api/libraries/tally/versions/1.4.0/matrix?q=tally_add");
        int exportId = all!.Items.Single().Cells[add.i].Spellings.Single().ExportId!.Value;
        string html = await client.GetStringAsync($"/artifacts/{tally["linux-x86_64"]}/exports/{exportId}");
        Assert.Contains("Across platforms", html, StringComparison.Ordinal);
        Assert.Contains("tally_add@12", html, StringComparison.Ordinal);
        Assert.NotEmpty(counter);
    }
}

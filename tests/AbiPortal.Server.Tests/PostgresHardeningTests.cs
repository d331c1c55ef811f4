using System.Net;
using System.Net.Http.Json;
using System.Text;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>The PostgreSQL-specific parts of issue 17, on the real PostgreSQL the tests start.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHardeningTests(PostgresServer postgres)
{
    [Fact]
    public async Task Migrations_build_the_schema_the_model_describes()
    {
        string migrated = await postgres.CreateDatabaseAsync();
        string created = await postgres.CreateDatabaseAsync();
        Assert.Equal(await SchemaAsync(migrated, db => db.Database.MigrateAsync()), await SchemaAsync(created, db => db.Database.EnsureCreatedAsync()));
    }

    [Fact]
    public async Task A_restarted_server_takes_back_its_crashed_jobs_at_once_not_after_the_lease()
    {
        using var data = new TempDirectory();
        string database = await postgres.CreateDatabaseAsync();
        long id;
        await using (var crashed = new PortalFactory(data.Path, database, workers: 0))
        {
            using var client = crashed.CreateClient();
            var (_, artifact, _) = await PortalClient.UploadAsync(client, Fixtures.DemoV2, "libdemo.so");
            id = artifact!.Id;
            using var scope = crashed.Services.CreateScope();
            string worker = crashed.Services.GetRequiredService<ServerInstance>().WorkerId(0);
            Assert.Equal(id, (await scope.ServiceProvider.GetRequiredService<ParseQueue>().ClaimAsync(worker, CancellationToken.None))!.ArtifactId);
        }

        // The default lease is the 5-minute job timeout plus 30 s; the job is back in seconds.
        await using var restarted = new PortalFactory(data.Path, database, workers: 1);
        using var restartedClient = restarted.CreateClient();
        var parsed = await PortalClient.WaitParsedAsync(restartedClient, id, TimeSpan.FromSeconds(30));
        Assert.Equal(ArtifactStatus.Ready, parsed.Summary.Status);
        Assert.Equal(2, parsed.Attempts);
    }

    [Fact]
    public async Task A_live_servers_claim_is_left_alone_by_a_server_that_starts()
    {
        using var data = new TempDirectory();
        string database = await postgres.CreateDatabaseAsync();
        await using var alive = new PortalFactory(data.Path, database, workers: 0);
        using var client = alive.CreateClient();
        var (_, artifact, _) = await PortalClient.UploadAsync(client, Fixtures.DemoV1, "libdemo.so");
        using (var scope = alive.Services.CreateScope())
        {
            string worker = alive.Services.GetRequiredService<ServerInstance>().WorkerId(0);
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<ParseQueue>().ClaimAsync(worker, CancellationToken.None));
        }

        await using var other = new PortalFactory(data.Path, database, workers: 1);
        using var otherClient = other.CreateClient();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var detail = await PortalClient.GetAsync<ArtifactDetail>(otherClient, $"/api/artifacts/{artifact!.Id}");
        Assert.Equal(ArtifactStatus.Parsing, detail!.Summary.Status);
        Assert.Equal(1, detail.Attempts);
    }

    [Fact]
    public async Task Nul_characters_are_400_on_postgres_wherever_they_come_in()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, await postgres.CreateDatabaseAsync(), workers: 1);
        using var client = factory.CreateClient();
        await RetentionScenario.UploadParsedAsync(client, Fixtures.DemoV1, ("library", "nul"), ("version", "1.0"));

        // A label, a file name, a query value, a name inside a checked snapshot.
        await AssertBadRequestAsync(await client.PostAsync("/api/artifacts", PortalClient.Form(Fixtures.DemoVariant(901), "libdemo.so", ("library", "a\0b"))));
        var form = new ByteArrayContent([.. "--b\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''lib%00demo.so\r\n\r\n"u8, .. Fixtures.DemoVariant(902), .. "\r\n--b--\r\n"u8]);
        form.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        await AssertBadRequestAsync(await client.PostAsync("/api/artifacts", form));
        await AssertBadRequestAsync(await client.GetAsync("/api/symbols?q=_ZN%00"));
        await AssertBadRequestAsync(await client.GetAsync("/api/artifacts?library=%00"));
        var snapshot = SnapshotReader.Read(Fixtures.DemoV2, "libdemo.so");
        var hostile = snapshot with { Exports = [.. snapshot.Exports.Select((e, i) => i == 0 ? e with { Name = "bad\0name" } : e)] };
        await AssertBadRequestAsync(await client.PostAsync("/api/check", new StringContent($"{{\"library\":\"nul\",\"pr\":1,\"snapshot\":{SnapshotJson.Serialize(hostile)}}}", Encoding.UTF8, "application/json")));

        // Nothing half-stored: the server still lists only the release, and keeps only its file.
        Assert.Equal(1, (await PortalClient.GetAsync<PagedResult<ArtifactSummary>>(client, "/api/artifacts"))!.Total);
        Assert.Single(StoredArtifact.UploadedFiles(factory));
    }

    [Fact]
    public async Task Release_diffs_are_stored_at_ingest_and_read_by_the_library_page()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, await postgres.CreateDatabaseAsync(), workers: 2);
        using var client = factory.CreateClient();
        var ids = await ShapesReleases.UploadAsync(client);

        await StoredDiffAssertions.WaitPinnedAsync(factory, ids.Values, [(ids["1.0"], ids["1.1"]), (ids["1.1"], ids["2.0"])]);
        var library = await PortalClient.GetAsync<LibraryDetail>(client, "/api/libraries/shapes");
        Assert.Equal(["compatible", "incompatible"], library!.Versions.Skip(1).Select(v => v.Verdict));
        var diff = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/diff?base={ids["1.1"]}&head={ids["2.0"]}");
        Assert.Equal("incompatible", diff.GetProperty("verdict").GetString());
    }

    private static async Task AssertBadRequestAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(400, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Status);
    }

    private static async Task<List<string>> SchemaAsync(string connectionString, Func<PostgresPortalDbContext, Task> build)
    {
        await using var db = new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(connectionString).Options);
        await build(db);
        return await db.Database.SqlQueryRaw<string>("""
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(collation_name, '-') || ' ' || coalesce(column_default, '-') || ' ' || is_identity || ' ' || coalesce(generation_expression, '-') AS "Value"
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
             WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
            ORDER BY 1
            """).ToListAsync();
    }
}

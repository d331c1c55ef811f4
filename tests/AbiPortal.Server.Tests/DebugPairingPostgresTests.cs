using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>Build-id pairing of debug files on a real PostgreSQL: the same answers as on SQLite.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DebugPairingPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task Debug_files_pair_by_build_id_in_either_order_on_postgres()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, await postgres.CreateDatabaseAsync());
        using var client = factory.CreateClient();
        await DebugPairingScenario.DebugFileFirstAsync(client, "point-pg-a");

        // The same bytes again are the same artifacts: a second pair in the other order needs another database.
        using var data2 = new TempDirectory();
        await using var factory2 = new PortalFactory(data2.Path, await postgres.CreateDatabaseAsync());
        using var client2 = factory2.CreateClient();
        await DebugPairingScenario.BinaryFirstAsync(client2, "point-pg-b");
    }
}

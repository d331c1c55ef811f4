using AbiPortal.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>What the database and the data folder hold for one artifact, read straight from them.</summary>
public static class StoredArtifact
{
    /// <summary>Rows with this artifact id, per table (the artifact row itself under "artifacts").</summary>
    public static async Task<IReadOnlyDictionary<string, int>> RowCountsAsync(PortalFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return new Dictionary<string, int>
        {
            ["artifacts"] = await db.Artifacts.CountAsync(a => a.Id == id),
            ["exports"] = await db.Exports.CountAsync(r => r.ArtifactId == id),
            ["imports"] = await db.Imports.CountAsync(r => r.ArtifactId == id),
            ["dependencies"] = await db.Dependencies.CountAsync(r => r.ArtifactId == id),
            ["version_nodes"] = await db.VersionNodes.CountAsync(r => r.ArtifactId == id),
            ["diagnostics"] = await db.Diagnostics.CountAsync(r => r.ArtifactId == id),
            ["members"] = await db.Members.CountAsync(r => r.ArtifactId == id),
            ["snapshots"] = await db.Snapshots.CountAsync(r => r.ArtifactId == id),
            ["diffs"] = await db.Diffs.CountAsync(d => d.BaseId == id || d.HeadId == id),
        };
    }

    /// <summary>Whether the data folder holds these bytes.</summary>
    public static bool IsStored(PortalFactory factory, byte[] bytes)
    {
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return File.Exists(Path.Combine(factory.DataPath, "artifacts", sha[..2], sha));
    }

    /// <summary>Every file an upload left in the data folder: stored artifacts and temp files (not the database or the key ring).</summary>
    public static IReadOnlyList<string> UploadedFiles(PortalFactory factory)
        => [.. new[] { "artifacts", "tmp" }
            .Select(folder => Path.Combine(factory.DataPath, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))];

    /// <summary>Asserts that nothing at all is left of the artifact in any table.</summary>
    public static async Task AssertNoRowsAsync(PortalFactory factory, long id)
    {
        var counts = await RowCountsAsync(factory, id);
        Assert.All(counts, c => Assert.True(c.Value == 0, $"{c.Value} rows left in {c.Key} for artifact {id}"));
    }
}

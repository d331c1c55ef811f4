using System.Data.Common;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Data;
using AbiPortal.Server.Queries;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Tests;

/// <summary>
/// The export table's sort orders that a deep page of a 45,000-export library must not pay for by
/// sorting every row (<c>sort=demangled&amp;page=400</c> took 0.94 s): SQLite's plan for each reads
/// one artifact's rows from an index in order, never a temporary B-tree.
/// </summary>
public sealed class ExportSortPlanTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("name")]
    [InlineData("-name")]
    [InlineData("demangled")]
    [InlineData("-demangled")]
    [InlineData("-id")]
    public async Task Sorted_page_reads_an_index_in_order(string? sort)
    {
        await using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);
        await db.Database.OpenConnectionAsync();
        await db.Database.MigrateAsync();

        var query = new SymbolQuery(Sort: sort, Page: 400);
        var page = PortalQueries.SortExports(db.Exports.AsNoTracking().Where(e => e.ArtifactId == 7), query).Skip(Paging.Offset(query.Page, query.PageSize)).Take(query.PageSize);
        string plan = await PlanAsync(page.CreateDbCommand());

        // The primary key (ArtifactId, Id) is SQLite's automatic index.
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        Assert.Contains(sort?.TrimStart('-') switch { "name" => "IX_exports_ArtifactId_Name_Id", "demangled" => "IX_exports_ArtifactId_SortName_Id", _ => "sqlite_autoindex_exports" }, plan, StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(DbCommand command)
    {
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return string.Join('\n', lines);
    }
}

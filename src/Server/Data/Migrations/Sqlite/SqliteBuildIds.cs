using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbiPortal.Server.Data.Migrations.Sqlite;

/// <summary>
/// <c>build_ids</c>: each parsed artifact's build id, so that a stripped binary and its debug file
/// uploaded on its own find each other (either order).
/// </summary>
[DbContext(typeof(SqlitePortalDbContext))]
[Migration(Id)]
public sealed class SqliteBuildIds : Migration
{
    /// <summary>The migration id (also the .sql file name).</summary>
    public const string Id = "20261202120000_BuildIds";

    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.Sql(MigrationScripts.Read("Sqlite", Id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("build_ids");
    }
}

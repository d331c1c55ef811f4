using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbiPortal.Server.Data.Migrations.Postgres;

/// <summary>
/// <c>build_ids</c>: each parsed artifact's build id, so that a stripped binary and its debug file
/// uploaded on its own find each other (either order).
/// </summary>
[DbContext(typeof(PostgresPortalDbContext))]
[Migration(Id)]
public sealed class PostgresBuildIds : Migration
{
    /// <summary>The migration id (also the .sql file name).</summary>
    public const string Id = "20261202120000_BuildIds";

    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.Sql(MigrationScripts.Read("Postgres", Id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("build_ids");
    }
}

using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Data;

/// <summary>The SQLite flavour of <see cref="PortalDbContext"/> (migrations in Data/Migrations/Sqlite).</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

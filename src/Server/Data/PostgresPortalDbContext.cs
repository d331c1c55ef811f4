using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Data;

/// <summary>The PostgreSQL flavour of <see cref="PortalDbContext"/> (migrations in Data/Migrations/Postgres).</summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

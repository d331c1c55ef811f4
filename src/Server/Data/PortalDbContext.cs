using AbiPortal.Server.Data.Configurations;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Data;

/// <summary>
/// The portal's database. Abstract: <see cref="SqlitePortalDbContext"/> and
/// <see cref="PostgresPortalDbContext"/> each carry their own migrations, because the two
/// providers produce different DDL from the same model.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ArtifactEntity> Artifacts => Set<ArtifactEntity>();

    public DbSet<ExportEntity> Exports => Set<ExportEntity>();

    public DbSet<ImportEntity> Imports => Set<ImportEntity>();

    public DbSet<DependencyEntity> Dependencies => Set<DependencyEntity>();

    public DbSet<VersionNodeEntity> VersionNodes => Set<VersionNodeEntity>();

    public DbSet<DiagnosticEntity> Diagnostics => Set<DiagnosticEntity>();

    public DbSet<MemberEntity> Members => Set<MemberEntity>();

    public DbSet<SnapshotEntity> Snapshots => Set<SnapshotEntity>();

    public DbSet<DiffEntity> Diffs => Set<DiffEntity>();

    public DbSet<DiffCountEntity> DiffCounts => Set<DiffCountEntity>();

    public DbSet<DiffChangeEntity> DiffChanges => Set<DiffChangeEntity>();

    public DbSet<DiffSymbolEntity> DiffSymbols => Set<DiffSymbolEntity>();

    public DbSet<BuildIdEntity> BuildIds => Set<BuildIdEntity>();

    public DbSet<LintReportEntity> LintReports => Set<LintReportEntity>();

    /// <summary>Which database this is.</summary>
    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ArtifactConfiguration());
        modelBuilder.ApplyConfiguration(new ExportConfiguration(Provider == DatabaseProvider.PostgreSql));
        modelBuilder.ApplyConfiguration(new ImportConfiguration());
        modelBuilder.ApplyConfiguration(new DependencyConfiguration());
        modelBuilder.ApplyConfiguration(new VersionNodeConfiguration());
        modelBuilder.ApplyConfiguration(new DiagnosticConfiguration());
        modelBuilder.ApplyConfiguration(new MemberConfiguration());
        modelBuilder.ApplyConfiguration(new SnapshotConfiguration());
        modelBuilder.ApplyConfiguration(new DiffConfiguration());
        modelBuilder.ApplyConfiguration(new DiffCountConfiguration());
        modelBuilder.ApplyConfiguration(new DiffChangeConfiguration());
        modelBuilder.ApplyConfiguration(new DiffSymbolConfiguration());
        modelBuilder.ApplyConfiguration(new BuildIdConfiguration());
        modelBuilder.ApplyConfiguration(new LintReportConfiguration());
    }
}

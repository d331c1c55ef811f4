using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>snapshots</c>: one JSON document per parsed artifact.</summary>
internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<SnapshotEntity>
{
    public void Configure(EntityTypeBuilder<SnapshotEntity> builder)
    {
        builder.ToTable("snapshots");
        builder.HasKey(s => s.ArtifactId);
        builder.Property(s => s.ArtifactId).ValueGeneratedNever();
        builder.HasOne<ArtifactEntity>().WithOne().HasForeignKey<SnapshotEntity>(s => s.ArtifactId).OnDelete(DeleteBehavior.Cascade);
    }
}

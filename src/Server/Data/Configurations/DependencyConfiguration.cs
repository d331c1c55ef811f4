using AbiPortal.Server.Data.Conversions;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>dependencies</c>, keyed by artifact and position in the snapshot; deleted with the artifact.</summary>
internal sealed class DependencyConfiguration : IEntityTypeConfiguration<DependencyEntity>
{
    public void Configure(EntityTypeBuilder<DependencyEntity> builder)
    {
        builder.ToTable("dependencies");
        builder.HasKey(e => new { e.ArtifactId, e.Id });
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion(StoredEnums.DependencyKind.Converter);
        builder.HasOne<ArtifactEntity>().WithMany().HasForeignKey(e => e.ArtifactId).OnDelete(DeleteBehavior.Cascade);
    }
}

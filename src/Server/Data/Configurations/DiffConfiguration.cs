using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>diffs</c>: one row per stored pair, unique per (base, head); deleted with either artifact.</summary>
internal sealed class DiffConfiguration : IEntityTypeConfiguration<DiffEntity>
{
    public void Configure(EntityTypeBuilder<DiffEntity> builder)
    {
        builder.ToTable("diffs");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.BaseId, d.HeadId }).IsUnique();

        // Deleting an artifact cascades through here to its diffs, on either side.
        builder.HasIndex(d => d.HeadId);
        builder.HasOne<ArtifactEntity>().WithMany().HasForeignKey(d => d.BaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ArtifactEntity>().WithMany().HasForeignKey(d => d.HeadId).OnDelete(DeleteBehavior.Cascade);
    }
}

using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>
/// Table <c>build_ids</c>: an artifact's build id, looked up by id when a debug file or a stripped
/// binary arrives; deleted with its artifact, and a binary forgets a deleted debug file.
/// </summary>
internal sealed class BuildIdConfiguration : IEntityTypeConfiguration<BuildIdEntity>
{
    public void Configure(EntityTypeBuilder<BuildIdEntity> builder)
    {
        builder.ToTable("build_ids");
        builder.HasKey(b => b.ArtifactId);
        builder.Property(b => b.ArtifactId).ValueGeneratedNever();
        builder.Property(b => b.BuildId).HasMaxLength(128);
        builder.HasIndex(b => b.BuildId);
        builder.HasIndex(b => b.DebugFileId);
        builder.HasOne<ArtifactEntity>().WithOne().HasForeignKey<BuildIdEntity>(b => b.ArtifactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ArtifactEntity>().WithMany().HasForeignKey(b => b.DebugFileId).OnDelete(DeleteBehavior.SetNull);
    }
}

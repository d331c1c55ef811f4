using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>members</c>, keyed by artifact and position in the snapshot; deleted with the artifact.</summary>
internal sealed class MemberConfiguration : IEntityTypeConfiguration<MemberEntity>
{
    public void Configure(EntityTypeBuilder<MemberEntity> builder)
    {
        builder.ToTable("members");
        builder.HasKey(e => new { e.ArtifactId, e.Id });
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<ArtifactEntity>().WithMany().HasForeignKey(e => e.ArtifactId).OnDelete(DeleteBehavior.Cascade);
    }
}

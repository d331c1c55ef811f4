using AbiPortal.Server.Data.Conversions;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>artifacts</c>: one row per distinct content, which doubles as the parse queue.</summary>
internal sealed class ArtifactConfiguration : IEntityTypeConfiguration<ArtifactEntity>
{
    public void Configure(EntityTypeBuilder<ArtifactEntity> builder)
    {
        builder.ToTable("artifacts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasIndex(a => a.Sha256).IsUnique();

        // Workers look for queued (and abandoned parsing) rows in id order.
        builder.HasIndex(a => new { a.Status, a.Id });
        builder.HasIndex(a => new { a.Library, a.Id });
        builder.Property(a => a.Status).HasConversion(StoredEnums.ArtifactStatus.Converter);
    }
}

using AbiPortal.Server.Data.Conversions;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>imports</c>, keyed by artifact and position in the snapshot; deleted with the artifact.</summary>
internal sealed class ImportConfiguration : IEntityTypeConfiguration<ImportEntity>
{
    public void Configure(EntityTypeBuilder<ImportEntity> builder)
    {
        builder.ToTable("imports");
        builder.HasKey(e => new { e.ArtifactId, e.Id });
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion(StoredEnums.SymbolKind.Converter);
        builder.Property(e => e.Binding).HasConversion(StoredEnums.SymbolBinding.Converter);
        builder.HasOne<ArtifactEntity>().WithMany().HasForeignKey(e => e.ArtifactId).OnDelete(DeleteBehavior.Cascade);
    }
}

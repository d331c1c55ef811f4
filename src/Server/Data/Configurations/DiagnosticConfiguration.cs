using AbiPortal.Server.Data.Conversions;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>diagnostics</c>, keyed by artifact and position in the snapshot; deleted with the artifact.</summary>
internal sealed class DiagnosticConfiguration : IEntityTypeConfiguration<DiagnosticEntity>
{
    public void Configure(EntityTypeBuilder<DiagnosticEntity> builder)
    {
        builder.ToTable("diagnostics");
        builder.HasKey(e => new { e.ArtifactId, e.Id });
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Severity).HasConversion(StoredEnums.DiagnosticSeverity.Converter);
        builder.HasOne<ArtifactEntity>().WithMany().HasForeignKey(e => e.ArtifactId).OnDelete(DeleteBehavior.Cascade);
    }
}

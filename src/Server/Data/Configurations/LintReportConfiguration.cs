using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>lint_reports</c>: one lint JSON per linted artifact, gone with it.</summary>
internal sealed class LintReportConfiguration : IEntityTypeConfiguration<LintReportEntity>
{
    public void Configure(EntityTypeBuilder<LintReportEntity> builder)
    {
        builder.ToTable("lint_reports");
        builder.HasKey(r => r.ArtifactId);
        builder.Property(r => r.ArtifactId).ValueGeneratedNever();
        builder.HasOne<ArtifactEntity>().WithOne().HasForeignKey<LintReportEntity>(r => r.ArtifactId).OnDelete(DeleteBehavior.Cascade);
    }
}

using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>diff_counts</c>, keyed by diff, severity and kind; deleted with the diff.</summary>
internal sealed class DiffCountConfiguration : IEntityTypeConfiguration<DiffCountEntity>
{
    public void Configure(EntityTypeBuilder<DiffCountEntity> builder)
    {
        builder.ToTable("diff_counts");
        builder.HasKey(c => new { c.DiffId, c.Severity, c.Kind });
        builder.HasOne<DiffEntity>().WithMany().HasForeignKey(c => c.DiffId).OnDelete(DeleteBehavior.Cascade);
    }
}

using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>
/// Table <c>diff_changes</c>, keyed by diff and position; deleted with the diff. The
/// (diff, severity, kind, position) index pages one group of a diff (its breaking removals, say)
/// in order without touching the others.
/// </summary>
internal sealed class DiffChangeConfiguration : IEntityTypeConfiguration<DiffChangeEntity>
{
    public void Configure(EntityTypeBuilder<DiffChangeEntity> builder)
    {
        builder.ToTable("diff_changes");
        builder.HasKey(c => new { c.DiffId, c.Id });
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.DiffId, c.Severity, c.Kind, c.Id });
        builder.HasOne<DiffEntity>().WithMany().HasForeignKey(c => c.DiffId).OnDelete(DeleteBehavior.Cascade);
    }
}

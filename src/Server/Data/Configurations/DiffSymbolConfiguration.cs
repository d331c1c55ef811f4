using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>Table <c>diff_symbols</c>, keyed by diff, change and position; deleted with the change's diff.</summary>
internal sealed class DiffSymbolConfiguration : IEntityTypeConfiguration<DiffSymbolEntity>
{
    public void Configure(EntityTypeBuilder<DiffSymbolEntity> builder)
    {
        builder.ToTable("diff_symbols");
        builder.HasKey(s => new { s.DiffId, s.ChangeId, s.Id });
        builder.Property(s => s.ChangeId).ValueGeneratedNever();
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<DiffEntity>().WithMany().HasForeignKey(s => s.DiffId).OnDelete(DeleteBehavior.Cascade);
    }
}

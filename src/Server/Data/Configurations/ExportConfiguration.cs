using AbiPortal.Server.Data.Conversions;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AbiPortal.Server.Data.Configurations;

/// <summary>
/// Table <c>exports</c>. Symbol search across all artifacts is a case-insensitive PREFIX match on
/// the lower-cased name keys, which a plain B-tree index answers as a range scan on both
/// databases (<c>key &gt;= q AND key &lt; q || U+FFFF</c>); on PostgreSQL the key columns use the
/// <c>C</c> collation so that range is a byte-wise prefix whatever the database locale. Substring
/// search stays within one artifact, where the primary key bounds the scan to its rows.
/// </summary>
internal sealed class ExportConfiguration(bool postgres) : IEntityTypeConfiguration<ExportEntity>
{
    public void Configure(EntityTypeBuilder<ExportEntity> builder)
    {
        builder.ToTable("exports");
        builder.HasKey(e => new { e.ArtifactId, e.Id });
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<ArtifactEntity>().WithMany().HasForeignKey(e => e.ArtifactId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).HasConversion(StoredEnums.SymbolKind.Converter);
        builder.Property(e => e.Binding).HasConversion(StoredEnums.SymbolBinding.Converter);
        builder.Property(e => e.Visibility).HasConversion(StoredEnums.SymbolVisibility.Converter);
        builder.HasIndex(e => e.NameKey);

        // The artifact page sorts by name by default: one artifact's rows in name order, index-bound at any page.
        builder.HasIndex(e => new { e.ArtifactId, e.Name, e.Id });
        builder.HasIndex(e => e.DemangledKey);

        // The "demangled" sort, index-bound the same way. SQLite keeps the generated value only in
        // the index (VIRTUAL, which ALTER TABLE can add); PostgreSQL before 18 has only STORED.
        builder.Property(e => e.SortName).HasComputedColumnSql("COALESCE(\"Demangled\", \"Name\")", stored: postgres);
        builder.HasIndex(e => new { e.ArtifactId, e.SortName, e.Id });
        if (postgres)
        {
            builder.Property(e => e.NameKey).UseCollation("C");
            builder.Property(e => e.DemangledKey).UseCollation("C");
        }
    }
}

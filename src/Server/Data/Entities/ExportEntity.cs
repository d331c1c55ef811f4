using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Data.Entities;

/// <summary>One export row. Key (ArtifactId, Id); Id is the export's position in the snapshot.</summary>
public sealed class ExportEntity : ISymbolRow
{
    public long ArtifactId { get; set; }

    public int Id { get; set; }

    public string? Name { get; set; }

    /// <summary>Lower-cased <see cref="Name"/>: indexed for case-insensitive prefix search.</summary>
    public string? NameKey { get; set; }

    public string? Demangled { get; set; }

    /// <summary>Lower-cased <see cref="Demangled"/>: indexed for case-insensitive prefix search.</summary>
    public string? DemangledKey { get; set; }

    public string? Version { get; set; }

    public bool? DefaultVersion { get; set; }

    public SymbolKind Kind { get; set; }

    public SymbolBinding? Binding { get; set; }

    public SymbolVisibility? Visibility { get; set; }

    /// <summary>The unsigned address, stored bit-for-bit as a signed 64-bit integer (both databases lack unsigned 64-bit).</summary>
    public long? Address { get; set; }

    /// <summary>The unsigned size, stored bit-for-bit like <see cref="Address"/>.</summary>
    public long? Size { get; set; }

    public long? Ordinal { get; set; }

    public string? Forwarder { get; set; }

    public string? Section { get; set; }

    public string? Member { get; set; }

    public bool? InSymbolTable { get; set; }

    public string? Library { get; set; }

    public string? ImportedName { get; set; }

    /// <summary>Flags joined with commas (flag words never contain one).</summary>
    public string? Flags { get; set; }

    /// <summary>
    /// The demangled name, or the raw one when there is none: the "demangled" sort order. The
    /// database computes it (a generated column), so the sort reads an index at any page instead of
    /// sorting an artifact's rows by an expression; nothing writes it.
    /// </summary>
    public string? SortName { get; set; }
}

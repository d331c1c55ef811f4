using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Data.Entities;

/// <summary>One import row. Key (ArtifactId, Id).</summary>
public sealed class ImportEntity : ISymbolRow
{
    public long ArtifactId { get; set; }

    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Demangled { get; set; }

    public string? Version { get; set; }

    public string? Library { get; set; }

    public SymbolKind Kind { get; set; }

    public SymbolBinding? Binding { get; set; }

    public long? Ordinal { get; set; }

    public long? Hint { get; set; }

    public string? Member { get; set; }

    /// <summary>Flags joined with commas.</summary>
    public string? Flags { get; set; }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Data.Entities;

/// <summary>The columns exports and imports share, so one filter chain serves both tables.</summary>
public interface ISymbolRow
{
    /// <summary>Function, object, TLS ...</summary>
    SymbolKind Kind { get; }

    /// <summary>Global, weak, unique, or null when the format has none.</summary>
    SymbolBinding? Binding { get; }

    /// <summary>ELF symbol version, or null when unversioned.</summary>
    string? Version { get; }

    /// <summary>The archive member or fat slice it belongs to, or null at top level.</summary>
    string? Member { get; }
}

namespace AbiPortal.Server.Data.Entities;

/// <summary>The columns exports and imports share, so one filter chain serves both tables.</summary>
public interface ISymbolRow
{
    /// <summary>SymbolKind value.</summary>
    int Kind { get; }

    /// <summary>SymbolBinding value.</summary>
    int? Binding { get; }

    /// <summary>ELF symbol version, or null when unversioned.</summary>
    string? Version { get; }
}

namespace AbiPortal.Server.Data.Entities;

/// <summary>
/// One change of a stored diff. Key (DiffId, Id); Id is the change's position in the engine's order
/// (most severe first, then by kind, member and name), so paging a group in Id order is the order
/// every renderer uses. Severity and kind are the diff JSON's words.
/// </summary>
public sealed class DiffChangeEntity
{
    public long DiffId { get; set; }

    public int Id { get; set; }

    public required string Severity { get; set; }

    public required string Kind { get; set; }

    public string? Member { get; set; }

    public string? Symbol { get; set; }

    public string? Demangled { get; set; }

    public string? Version { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    /// <summary>More words the kind needs (the releases a required version excludes, a vtable's slot count).</summary>
    public string? Detail { get; set; }

    /// <summary>Type changes: the id of the type that changed (<c>struct Point</c>).</summary>
    public string? Type { get; set; }

    /// <summary>Type changes: the field, enumerator, base, virtual method or parameter concerned.</summary>
    public string? Item { get; set; }

    /// <summary>Type changes: how many exports the change reaches (the symbol rows may hold fewer).</summary>
    public int? ExportCount { get; set; }

    /// <summary>Changes read from debug info: why the change has its tier.</summary>
    public string? Rationale { get; set; }

    /// <summary>Symbols of a grouped change (a renamed version node: tens of thousands), rows of <see cref="DiffSymbolEntity"/>.</summary>
    public int SymbolCount { get; set; }

    public bool Suppressed { get; set; }

    public string? Reason { get; set; }
}

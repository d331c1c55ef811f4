namespace AbiPortal.Server.Data.Entities;

/// <summary>One symbol of a grouped change. Key (DiffId, ChangeId, Id), Id in the engine's order.</summary>
public sealed class DiffSymbolEntity
{
    public long DiffId { get; set; }

    public int ChangeId { get; set; }

    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Demangled { get; set; }

    /// <summary>Type changes: how the export reaches the changed type, from its signature.</summary>
    public string? Path { get; set; }
}

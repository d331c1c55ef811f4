namespace AbiPortal.Server.Data.Entities;

/// <summary>
/// How many unsuppressed changes of one severity and kind a stored diff has. Severity and kind are
/// stored as the diff JSON's words, so a new kind or severity needs no migration. Key (DiffId, Severity, Kind).
/// </summary>
public sealed class DiffCountEntity
{
    public long DiffId { get; set; }

    public required string Severity { get; set; }

    public required string Kind { get; set; }

    public int Count { get; set; }
}

namespace AbiPortal.Parsers.Snapshots;

/// <summary>An exported variable as its debug info declares it (DW_TAG_variable).</summary>
public sealed record AbiVariable
{
    /// <summary>The exported symbol (linkage name; for C, the plain name).</summary>
    public required string Symbol { get; init; }

    /// <summary>The symbol's address, to tell apart versions of one ELF name.</summary>
    public ulong? Address { get; init; }

    /// <summary>Qualified source-level name.</summary>
    public required string Name { get; init; }

    /// <summary>Type id.</summary>
    public required string Type { get; init; }

    /// <summary>Declaring source file, when known.</summary>
    public string? DeclFile { get; init; }

    /// <summary>Declaring source line, when known.</summary>
    public int? DeclLine { get; init; }
}

namespace AbiPortal.Parsers.Snapshots;

/// <summary>How <see cref="SnapshotReader"/> reads.</summary>
public sealed record SnapshotReadOptions
{
    public static SnapshotReadOptions Default { get; } = new();

    /// <summary>Compute the file's SHA-256 (the JSON contract needs it; the text table does not).</summary>
    public bool ComputeSha256 { get; init; } = true;

    /// <summary>Fill the <c>demangled</c> fields.</summary>
    public bool Demangle { get; init; } = true;

    public ParseLimits Limits { get; init; } = ParseLimits.Default;

    /// <summary>Whether and where to read debug info into <see cref="Snapshot.Abi"/>.</summary>
    public DebugInfoOptions DebugInfo { get; init; } = DebugInfoOptions.Default;
}

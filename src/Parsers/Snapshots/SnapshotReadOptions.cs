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

    /// <summary>
    /// Stops the read: the readers check it every 1,024 entries and the demangling pass every few
    /// names, and the read then throws <see cref="OperationCanceledException"/>. A server passes
    /// its job's timeout here, so that a parse that runs too long ends instead of being abandoned.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// How many cores one read may use (hashing beside parsing, demangling in parallel); -1 for
    /// all of them. A server running N parses at once gives each its share of the machine.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}

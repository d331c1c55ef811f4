namespace AbiPortal.Cli.Check;

/// <summary>What <c>abiportal check</c> sends: the build (or only its snapshot) and its labels.</summary>
internal sealed record CheckRequest
{
    public required string FilePath { get; init; }
    public required string Library { get; init; }
    public string? Against { get; init; }
    public string? Version { get; init; }
    public string? Platform { get; init; }
    public string? PullRequest { get; init; }
    public string? Commit { get; init; }

    /// <summary>Privacy mode: read the binary here and send only its snapshot JSON.</summary>
    public bool SnapshotOnly { get; init; }
}

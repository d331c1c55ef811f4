namespace AbiPortal.Parsers.Diff;

/// <summary>What the Markdown report links to and how it is marked, for the CLI, the server and the PR bot.</summary>
public sealed record MarkdownOptions
{
    /// <summary>No links, no marker, the default caps.</summary>
    public static MarkdownOptions Default { get; } = new();

    /// <summary>The full diff page on the server; shown next to the verdict and under capped lists.</summary>
    public string? DiffUrl { get; init; }

    /// <summary>Downloads (binaries, snapshot JSON) listed under the verdict line.</summary>
    public IReadOnlyList<MarkdownLink> Artifacts { get; init; } = [];

    /// <summary>
    /// Written first as an HTML comment (<c>&lt;!-- marker --&gt;</c>), invisible on GitHub, so a bot
    /// can find and update its own sticky comment instead of posting a new one.
    /// </summary>
    public string? Marker { get; init; }

    /// <summary>Rows in each open table (incompatible changes, API breaks, risks) before "and N more".</summary>
    public int MaxOpenRows { get; init; } = 100;

    /// <summary>Rows in each collapsed section before "and N more".</summary>
    public int MaxOtherRows { get; init; } = 100;

    /// <summary>
    /// The report never exceeds this many characters: GitHub rejects comment bodies over 65,536.
    /// Rows stop, with "and N more", when the next one would not fit.
    /// </summary>
    public int MaxLength { get; init; } = 65_000;
}

namespace AbiPortal.Cli.Check;

/// <summary>Absolute links to the diff page and the two artifact pages.</summary>
internal sealed record CheckLinks(string? Diff, string? Base, string? Head);

namespace AbiPortal.Cli.Check;

/// <summary>The two fields of a GitHub issue comment we use (REST "issue comments").</summary>
internal sealed record GitHubComment(long Id, string? Body);

namespace AbiPortal.Cli.Check;

/// <summary>Request body for creating or updating a comment.</summary>
internal sealed record GitHubCommentBody(string Body);

namespace AbiPortal.Cli.Check;

/// <summary>GitHub refused a call after the polite retries.</summary>
internal sealed class GitHubApiException(string message) : Exception(message);

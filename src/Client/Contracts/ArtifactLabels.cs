namespace AbiPortal.Client.Contracts;

/// <summary>
/// What the uploader says an artifact is. All optional; <see cref="Library"/> + <see cref="Version"/>
/// place it on the library's version list. <see cref="Channel"/> <c>pr</c> marks a pull-request
/// build, which never becomes a baseline.
/// </summary>
/// <param name="Library">Library label, e.g. <c>zlib</c>.</param>
/// <param name="Version">Version label, e.g. <c>1.3.1</c>.</param>
/// <param name="Platform">Platform label, e.g. <c>linux-x86_64</c>.</param>
/// <param name="Channel"><c>release</c> (the default when null), <c>prerelease</c> or <c>pr</c>.</param>
/// <param name="PullRequest">Pull-request number for <c>pr</c> builds.</param>
/// <param name="Commit">Source commit the build came from.</param>
public sealed record ArtifactLabels(
    string? Library = null,
    string? Version = null,
    string? Platform = null,
    string? Channel = null,
    int? PullRequest = null,
    string? Commit = null)
{
    /// <summary>No labels.</summary>
    public static ArtifactLabels None { get; } = new();

    /// <summary>The channel value of release builds (the only ones that can be baselines).</summary>
    public const string ReleaseChannel = "release";

    /// <summary>The channel value of pull-request builds.</summary>
    public const string PullRequestChannel = "pr";

    /// <summary>The channel value of pre-release builds.</summary>
    public const string PrereleaseChannel = "prerelease";
}

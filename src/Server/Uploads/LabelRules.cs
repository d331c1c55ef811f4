using AbiPortal.Client.Contracts;

namespace AbiPortal.Server.Uploads;

/// <summary>What labels may hold: short single-line text, a known channel, a positive PR number.</summary>
internal static class LabelRules
{
    /// <summary>Longest label; labels are names and versions, not documents.</summary>
    public const int MaxLength = 200;

    /// <summary>The problem with these labels, or null.</summary>
    public static string? Validate(ArtifactLabels labels)
    {
        foreach (var (field, value) in new[] { ("library", labels.Library), ("version", labels.Version), ("platform", labels.Platform), ("commit", labels.Commit), ("channel", labels.Channel) })
        {
            if (value is not null && (value.Length > MaxLength || value.Any(char.IsControl)))
            {
                return $"{field} must be at most {MaxLength} characters on one line.";
            }
        }

        string? channel = Trimmed(labels.Channel);
        if (channel is not null && channel is not (ArtifactLabels.ReleaseChannel or ArtifactLabels.PrereleaseChannel or ArtifactLabels.PullRequestChannel))
        {
            return $"channel must be '{ArtifactLabels.ReleaseChannel}', '{ArtifactLabels.PrereleaseChannel}' or '{ArtifactLabels.PullRequestChannel}'.";
        }

        if (labels.PullRequest is <= 0)
        {
            return "pr must be a positive pull-request number.";
        }

        return null;
    }

    /// <summary>Trims, turns blanks into nulls, and files a build with a PR number under the <c>pr</c> channel.</summary>
    public static ArtifactLabels Normalize(ArtifactLabels labels)
    {
        string? channel = Trimmed(labels.Channel);
        if (channel is null && labels.PullRequest is not null)
        {
            channel = ArtifactLabels.PullRequestChannel;
        }

        return new ArtifactLabels(Trimmed(labels.Library), Trimmed(labels.Version), Trimmed(labels.Platform), channel ?? ArtifactLabels.ReleaseChannel, labels.PullRequest, Trimmed(labels.Commit));
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

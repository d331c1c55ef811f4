using System.Globalization;
using System.Text;
using AbiPortal.Client.Contracts;

namespace AbiPortal.Server.Uploads;

/// <summary>
/// What labels and file names may hold: short single-line text without control characters, a
/// known channel, a positive PR number. Checked before anything an upload carries is committed.
/// </summary>
internal static class LabelRules
{
    /// <summary>Longest label; labels are names and versions, not documents.</summary>
    public const int MaxLength = 200;

    /// <summary>Longest file name a client may send (it may carry a path, which is dropped; the name kept is cut to 255).</summary>
    public const int MaxFileNameLength = 1024;

    /// <summary>The problem with these labels, or null.</summary>
    public static string? Validate(ArtifactLabels labels)
    {
        foreach (var (field, value) in new[] { ("library", labels.Library), ("version", labels.Version), ("platform", labels.Platform), ("commit", labels.Commit), ("channel", labels.Channel) })
        {
            if (value is not null && (value.Length > MaxLength || !IsPlainText(value)))
            {
                return $"{field} must be at most {MaxLength} characters on one line, without control characters.";
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

    /// <summary>The problem with a check's <c>against</c> version, or null.</summary>
    public static string? ValidateAgainst(string? against)
        => against is not null && (against.Length > MaxLength || !IsPlainText(against))
            ? $"against must be at most {MaxLength} characters on one line, without control characters."
            : null;

    /// <summary>The problem with a client's file name (null or blank is fine: the artifact is called <c>upload</c>), or null.</summary>
    public static string? ValidateFileName(string? fileName)
        => fileName is not null && (fileName.Length > MaxFileNameLength || !IsPlainText(fileName))
            ? $"The file name must be at most {MaxFileNameLength} characters on one line, without control characters."
            : null;

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

    /// <summary>
    /// Text that is safe to store and show on one line: well-formed UTF-16 (PostgreSQL's strict
    /// UTF-8 encoding refuses a lone surrogate), no control characters (NUL above all: PostgreSQL
    /// text cannot hold it), no line or paragraph separators, and no bidirectional overrides or
    /// isolates, which make a label display as something other than what it is.
    /// </summary>
    public static bool IsPlainText(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    return false;
                case UnicodeCategory.Format when rune.Value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069):
                    return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

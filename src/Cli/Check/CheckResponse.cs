using System.Text.Json;

namespace AbiPortal.Cli.Check;

/// <summary>
/// The answer of <c>POST /api/check</c> (docs/check.md): the verdict, the diff JSON as
/// <c>/api/diff</c> returns it, the Markdown comment body and links to the pages.
/// </summary>
internal sealed record CheckResponse
{
    /// <summary>The verdict word: <c>none</c>, <c>compatible</c>, <c>risk</c>, <c>api-break</c> or <c>incompatible</c>.</summary>
    public string Verdict { get; init; } = "none";

    /// <summary>The diff JSON (schema in docs/diff.md).</summary>
    public JsonElement? Diff { get; init; }

    /// <summary>The pull-request comment body.</summary>
    public string Markdown { get; init; } = string.Empty;

    public CheckLinks? Links { get; init; }

    /// <summary>The baseline the build was compared with.</summary>
    public CheckBaseline? Baseline { get; init; }

    /// <summary>Id of the stored PR build.</summary>
    public long? ArtifactId { get; init; }
}

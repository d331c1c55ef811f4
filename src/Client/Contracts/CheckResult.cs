using System.Text.Json;

namespace AbiPortal.Client.Contracts;

/// <summary>The answer of <c>POST /api/check</c> (docs/check.md).</summary>
/// <param name="Verdict"><c>none</c>, <c>compatible</c>, <c>risk</c>, <c>api-break</c> or <c>incompatible</c>.</param>
/// <param name="Diff">The diff JSON, exactly as <c>GET /api/diff</c> returns it.</param>
/// <param name="Markdown">The pull-request comment body (with its hidden marker).</param>
/// <param name="Links">The diff page and both artifact pages.</param>
/// <param name="Baseline">The stored artifact the build was compared with.</param>
/// <param name="ArtifactId">The stored PR build.</param>
public sealed record CheckResult(string Verdict, JsonElement Diff, string Markdown, CheckLinks Links, CheckBaseline Baseline, long ArtifactId);

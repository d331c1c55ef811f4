namespace AbiPortal.Server.Data.Entities;

/// <summary>
/// An artifact's ABI contract lint report (the lint JSON, docs/lint.md), computed once after the
/// artifact is parsed so that its contract tab and the "new findings" of its diffs read it instead
/// of linting the file again in every fresh process.
/// </summary>
public sealed class LintReportEntity
{
    public long ArtifactId { get; set; }

    /// <summary>The lint rules' version that wrote it (<see cref="Queries.Lint.LintReports.Engine"/>); another one's report is computed again.</summary>
    public int Engine { get; set; }

    public required string Json { get; set; }
}

using System.Text.Json.Serialization;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint;

/// <summary>The findings for one binary (archive members and fat slices are linted one by one into <see cref="Members"/>). Its JSON form is a contract (docs/lint.md).</summary>
public sealed record LintReport
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required SnapshotFile File { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Member { get; init; }

    public BinaryFormat Format { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Arch { get; init; }

    public LintSummary Summary { get; init; } = new(0, 0, 0, 0);

    public LintCoverage Coverage { get; init; } = new();

    /// <summary>Findings ordered by level (errors first), rule, then address.</summary>
    public IReadOnlyList<LintFinding> Findings { get; init; } = [];

    /// <summary>Archive members and fat slices.</summary>
    public IReadOnlyList<LintReport> Members { get; init; } = [];

    /// <summary>How each suppression entry with a <c>rule</c> fared.</summary>
    public IReadOnlyList<SuppressionOutcome> Suppressions { get; init; } = [];

    /// <summary>Every finding, the members' included.</summary>
    [JsonIgnore]
    public IEnumerable<LintFinding> AllFindings => Findings.Concat(Members.SelectMany(m => m.AllFindings));

    /// <summary>The summary over the members too.</summary>
    [JsonIgnore]
    public LintSummary TotalSummary => LintSummary.Of(AllFindings);
}

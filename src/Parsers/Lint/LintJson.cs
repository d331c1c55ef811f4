using System.Text.Json;

namespace AbiPortal.Parsers.Lint;

/// <summary>Reads and writes the lint JSON contract (docs/lint.md), as <c>abiportal lint --json</c> prints it.</summary>
public static class LintJson
{
    /// <summary>One report, indented.</summary>
    public static string Serialize(LintReport report) => JsonSerializer.Serialize(report, LintJsonContext.Default.LintReport);

    /// <summary>Several reports as one JSON array (one per file on the command line).</summary>
    public static string Serialize(List<LintReport> reports) => JsonSerializer.Serialize(reports, LintJsonContext.Default.ListLintReport);

    /// <summary>Every rule's description.</summary>
    public static string SerializeRules() => JsonSerializer.Serialize(LintRules.Infos, LintJsonContext.Default.IReadOnlyListLintRuleInfo);

    /// <summary>Parses one report; throws <see cref="JsonException"/> when it is not one.</summary>
    public static LintReport Deserialize(string json)
        => JsonSerializer.Deserialize(json, LintJsonContext.Default.LintReport) ?? throw new JsonException("Lint JSON was null.");
}

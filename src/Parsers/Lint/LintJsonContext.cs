using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Lint;

/// <summary>Source-generated serializer metadata for the lint JSON contract: no reflection at CLI start-up.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(LintReport))]
[JsonSerializable(typeof(List<LintReport>))]
[JsonSerializable(typeof(IReadOnlyList<LintRuleInfo>))]
internal sealed partial class LintJsonContext : JsonSerializerContext
{
}

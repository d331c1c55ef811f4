using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>Source-generated serializer metadata for the diff JSON contract: no reflection at CLI start-up.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(AbiDiff))]
internal sealed partial class DiffJsonContext : JsonSerializerContext
{
}

using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>Source-generated serializer metadata: no reflection at start-up, which the CLI's start time depends on.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(Snapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext
{
}

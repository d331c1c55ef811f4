using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// The contract's shape as System.Text.Json derives it from the model (camelCase names,
/// declaration order, nulls written). <see cref="SnapshotJson"/> reads and writes with the
/// hand-written code in Snapshots/Json, which is faster; tests hold it to exactly this output.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(Snapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext
{
}

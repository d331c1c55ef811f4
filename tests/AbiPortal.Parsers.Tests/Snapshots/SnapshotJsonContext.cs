using System.Text.Json.Serialization;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.SnapshotJsonTests;

/// <summary>
/// The contract's shape as System.Text.Json derives it from the model (camelCase names,
/// declaration order, nulls written). <see cref="SnapshotJson"/> reads and writes with the
/// hand-written code in src/Parsers/Snapshots/Json, which is faster; the tests hold it to exactly
/// this output. It lives here, not in the product, because only the tests use it.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(Snapshot))]
[JsonSerializable(typeof(AbiSurface))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext
{
}

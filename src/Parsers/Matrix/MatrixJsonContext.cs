using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Matrix;

/// <summary>Source-generated serializer metadata for the matrix JSON: no reflection at CLI start-up.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(ExportMatrix))]
[JsonSerializable(typeof(MatrixNamesReport))]
internal sealed partial class MatrixJsonContext : JsonSerializerContext
{
}

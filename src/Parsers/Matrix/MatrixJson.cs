using System.Text.Json;

namespace AbiPortal.Parsers.Matrix;

/// <summary>Reads and writes the matrix JSON as <c>abiportal matrix --json</c> prints it (docs/api.md describes the fields).</summary>
public static class MatrixJson
{
    /// <summary>The whole matrix, indented.</summary>
    public static string Serialize(ExportMatrix matrix) => JsonSerializer.Serialize(matrix, MatrixJsonContext.Default.ExportMatrix);

    /// <summary>The answer for a list of names, indented.</summary>
    public static string Serialize(MatrixNamesReport report) => JsonSerializer.Serialize(report, MatrixJsonContext.Default.MatrixNamesReport);

    /// <summary>Parses matrix JSON; throws <see cref="JsonException"/> when it is not one.</summary>
    public static ExportMatrix Deserialize(string json)
        => JsonSerializer.Deserialize(json, MatrixJsonContext.Default.ExportMatrix) ?? throw new JsonException("Matrix JSON was null.");
}

using System.Text.Json;

namespace AbiPortal.Parsers.Diff;

/// <summary>Reads and writes the diff JSON contract (docs/diff.md), as <c>abiportal diff --json</c> prints it.</summary>
public static class DiffJson
{
    /// <summary>Indented JSON: CI logs and reviewers read it.</summary>
    public static string Serialize(AbiDiff diff) => JsonSerializer.Serialize(diff, DiffJsonContext.Default.AbiDiff);

    public static void Serialize(Stream stream, AbiDiff diff) => JsonSerializer.Serialize(stream, diff, DiffJsonContext.Default.AbiDiff);

    /// <summary>Parses diff JSON; throws <see cref="JsonException"/> when it is not a diff.</summary>
    public static AbiDiff Deserialize(string json)
        => JsonSerializer.Deserialize(json, DiffJsonContext.Default.AbiDiff) ?? throw new JsonException("Diff JSON was null.");
}

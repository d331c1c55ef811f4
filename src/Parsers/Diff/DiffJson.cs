using System.Text.Encodings.Web;
using System.Text.Json;

namespace AbiPortal.Parsers.Diff;

/// <summary>Reads and writes the diff JSON contract (docs/diff.md), as <c>abiportal diff --json</c> prints it.</summary>
public static class DiffJson
{
    /// <summary>
    /// People read this JSON in CI logs: C++ names, paths (<c>→</c>) and code spans stay as they
    /// are instead of <c>\u0060</c> escapes. The output is a JSON document, never inlined into
    /// HTML, so the HTML-safety escaping of the default encoder buys nothing; quotes, backslashes
    /// and control characters are still escaped.
    /// </summary>
    private static readonly DiffJsonContext Readable = new(new JsonSerializerOptions(DiffJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Indented JSON: CI logs and reviewers read it.</summary>
    public static string Serialize(AbiDiff diff) => JsonSerializer.Serialize(diff, Readable.AbiDiff);

    /// <summary>Writes indented UTF-8 JSON to a stream.</summary>
    public static void Serialize(Stream stream, AbiDiff diff) => JsonSerializer.Serialize(stream, diff, Readable.AbiDiff);

    /// <summary>Parses diff JSON; throws <see cref="JsonException"/> when it is not a diff.</summary>
    public static AbiDiff Deserialize(string json)
        => JsonSerializer.Deserialize(json, DiffJsonContext.Default.AbiDiff) ?? throw new JsonException("Diff JSON was null.");
}

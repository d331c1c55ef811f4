using System.Text.Json;
using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diagnostics;

/// <summary>Writes a <see cref="DiagnosticCode"/> as its text form (<c>"ELF1203"</c>).</summary>
public sealed class DiagnosticCodeJsonConverter : JsonConverter<DiagnosticCode>
{
    public override DiagnosticCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.GetString();
        if (!DiagnosticCode.TryParse(text, out var code))
        {
            throw new JsonException($"'{text}' is not a diagnostic code.");
        }

        return code;
    }

    public override void Write(Utf8JsonWriter writer, DiagnosticCode value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}

using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diagnostics;

/// <summary>
/// How bad a problem is. An <see cref="Error"/> means the structure it concerns could not be
/// read (a bad magic or header is always one); a <see cref="Warning"/> means a table, string or
/// symbol was bad and parsing went on with what was sound.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    [JsonStringEnumMemberName("info")]
    Info,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("error")]
    Error,
}

using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Lint;

/// <summary>How bad a finding is; the words are SARIF's result levels and a contract (docs/lint.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LintLevel>))]
public enum LintLevel
{
    /// <summary>Worth knowing; a sound interface may have it on purpose.</summary>
    [JsonStringEnumMemberName("note")]
    Note,

    /// <summary>A fragile interface: callers will get it wrong sooner or later.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>The binary breaks the platform ABI: callers misbehave now.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}

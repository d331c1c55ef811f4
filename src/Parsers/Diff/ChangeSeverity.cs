using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>How much a change matters to binaries built against the old version.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeSeverity>))]
public enum ChangeSeverity
{
    /// <summary>A binary linked against the old version can fail to load or misbehave with the new one.</summary>
    [JsonStringEnumMemberName("breaking")]
    Breaking,

    /// <summary>The ABI changed, but everything linked against the old version keeps working.</summary>
    [JsonStringEnumMemberName("compatible")]
    Compatible,

    /// <summary>Worth knowing (a rebuild, a version string), not an ABI change.</summary>
    [JsonStringEnumMemberName("info")]
    Info,
}

using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>The one-word answer of a diff, from the changes that were not suppressed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary>No breaking or compatible change (info changes may exist).</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Only compatible changes.</summary>
    [JsonStringEnumMemberName("compatible")]
    Compatible,

    /// <summary>At least one breaking change.</summary>
    [JsonStringEnumMemberName("incompatible")]
    Incompatible,
}

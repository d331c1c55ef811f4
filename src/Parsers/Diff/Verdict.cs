using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The one-word answer of a diff: the worst tier among the changes that were not suppressed
/// (info changes do not count). Declared from best to worst, so values compare as tiers do.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary>No change counts (info changes may exist).</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Only compatible changes.</summary>
    [JsonStringEnumMemberName("compatible")]
    Compatible,

    /// <summary>At worst a risk: old binaries keep working, the new build may fail in some deployments or lost a protection.</summary>
    [JsonStringEnumMemberName("risk")]
    Risk,

    /// <summary>At worst an API break: binaries keep working, sources may not compile.</summary>
    [JsonStringEnumMemberName("api-break")]
    ApiBreak,

    /// <summary>At least one incompatible change.</summary>
    [JsonStringEnumMemberName("incompatible")]
    Incompatible,
}

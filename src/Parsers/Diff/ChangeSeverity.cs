using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The tier of a change: how much it matters to binaries and sources built against the old
/// version. Declared worst first, so ordering by value lists the worst changes first; the verdict
/// of a diff is the worst tier among its unsuppressed changes (<see cref="Verdict"/>), info aside.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeSeverity>))]
public enum ChangeSeverity
{
    /// <summary>A binary built against the old version can fail to load or misbehave with the new one.</summary>
    [JsonStringEnumMemberName("incompatible")]
    Incompatible,

    /// <summary>The binary contract holds, but sources written for the old version may no longer compile or may change meaning.</summary>
    [JsonStringEnumMemberName("api-break")]
    ApiBreak,

    /// <summary>Old binaries keep working, but the new build can fail in some deployments or lost a protection.</summary>
    [JsonStringEnumMemberName("risk")]
    Risk,

    /// <summary>The ABI changed, but everything built against the old version keeps working.</summary>
    [JsonStringEnumMemberName("compatible")]
    Compatible,

    /// <summary>Worth knowing (a Rust rebuild, a version string), not an ABI change: never part of the verdict.</summary>
    [JsonStringEnumMemberName("info")]
    Info,
}

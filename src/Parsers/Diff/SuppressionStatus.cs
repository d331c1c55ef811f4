using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>What became of a suppression entry in one diff.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SuppressionStatus>))]
public enum SuppressionStatus
{
    /// <summary>It suppressed at least one change.</summary>
    [JsonStringEnumMemberName("applied")]
    Applied,

    /// <summary>It matched no change: probably stale, worth deleting.</summary>
    [JsonStringEnumMemberName("unmatched")]
    Unmatched,

    /// <summary>Its expiry date has passed: it suppressed nothing.</summary>
    [JsonStringEnumMemberName("expired")]
    Expired,
}

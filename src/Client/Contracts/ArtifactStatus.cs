using System.Text.Json.Serialization;

namespace AbiPortal.Client.Contracts;

/// <summary>Where an upload is in its life: queued for a worker, being parsed, parsed, or not parseable.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ArtifactStatus>))]
public enum ArtifactStatus
{
    /// <summary>Stored; waiting for a parse worker.</summary>
    [JsonStringEnumMemberName("queued")]
    Queued = 0,

    /// <summary>A worker has claimed it.</summary>
    [JsonStringEnumMemberName("parsing")]
    Parsing = 1,

    /// <summary>Parsed; rows and snapshot stored (diagnostics may still list warnings or member errors).</summary>
    [JsonStringEnumMemberName("ready")]
    Ready = 2,

    /// <summary>No usable snapshot: the reader reported a fatal error, or the job crashed or timed out. Diagnostics stay browsable.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed = 3,
}

using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>Byte order of a file's multi-byte fields.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Endianness>))]
public enum Endianness
{
    [JsonStringEnumMemberName("little")]
    Little,

    [JsonStringEnumMemberName("big")]
    Big,
}

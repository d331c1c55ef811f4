using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// ELF RELRO: how much of the data the dynamic loader relocates is made read-only afterwards.
/// Declared weakest first, so values compare as protection does.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RelroLevel>))]
public enum RelroLevel
{
    /// <summary>No PT_GNU_RELRO segment: the GOT and relocated data stay writable.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>PT_GNU_RELRO, lazy binding: the PLT's GOT entries stay writable.</summary>
    [JsonStringEnumMemberName("partial")]
    Partial,

    /// <summary>PT_GNU_RELRO with immediate binding (DT_BIND_NOW, DF_BIND_NOW or DF_1_NOW): the whole GOT is read-only.</summary>
    [JsonStringEnumMemberName("full")]
    Full,
}

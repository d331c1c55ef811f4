using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>Linkage of a symbol (ELF st_info binding; Mach-O weak definitions map to <see cref="Weak"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SymbolBinding>))]
public enum SymbolBinding
{
    [JsonStringEnumMemberName("local")]
    Local,

    [JsonStringEnumMemberName("global")]
    Global,

    [JsonStringEnumMemberName("weak")]
    Weak,

    /// <summary>STB_GNU_UNIQUE.</summary>
    [JsonStringEnumMemberName("unique")]
    Unique,
}

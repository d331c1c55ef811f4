using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>ELF st_other visibility (Mach-O private extern maps to <see cref="Hidden"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SymbolVisibility>))]
public enum SymbolVisibility
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("internal")]
    Internal,

    [JsonStringEnumMemberName("hidden")]
    Hidden,

    [JsonStringEnumMemberName("protected")]
    Protected,
}

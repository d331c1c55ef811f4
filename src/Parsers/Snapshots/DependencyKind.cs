using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>How a dependency is loaded.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DependencyKind>))]
public enum DependencyKind
{
    /// <summary>ELF DT_NEEDED, PE import directory, Mach-O LC_LOAD_DYLIB.</summary>
    [JsonStringEnumMemberName("needed")]
    Needed,

    /// <summary>PE delay-load import directory.</summary>
    [JsonStringEnumMemberName("delay")]
    Delay,

    /// <summary>Mach-O LC_LOAD_WEAK_DYLIB: the program runs without it.</summary>
    [JsonStringEnumMemberName("weak")]
    Weak,

    /// <summary>Mach-O LC_REEXPORT_DYLIB: its exports are ours.</summary>
    [JsonStringEnumMemberName("reexport")]
    Reexport,

    /// <summary>Mach-O LC_LOAD_UPWARD_DYLIB.</summary>
    [JsonStringEnumMemberName("upward")]
    Upward,

    /// <summary>Mach-O LC_LAZY_LOAD_DYLIB.</summary>
    [JsonStringEnumMemberName("lazy")]
    Lazy,
}

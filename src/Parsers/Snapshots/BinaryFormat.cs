using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>The container format of a file or member.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BinaryFormat>))]
public enum BinaryFormat
{
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    [JsonStringEnumMemberName("elf")]
    Elf,

    /// <summary>A PE image (DLL or EXE).</summary>
    [JsonStringEnumMemberName("pe")]
    PE,

    /// <summary>A COFF object (.obj), regular or /bigobj.</summary>
    [JsonStringEnumMemberName("coff")]
    Coff,

    /// <summary>A short import member of a Windows import library.</summary>
    [JsonStringEnumMemberName("coff-import")]
    CoffImport,

    [JsonStringEnumMemberName("macho")]
    MachO,

    /// <summary>A universal (fat) Mach-O file; slices are members.</summary>
    [JsonStringEnumMemberName("fat")]
    Fat,

    /// <summary>An ar archive (.a, .lib); members are members.</summary>
    [JsonStringEnumMemberName("archive")]
    Archive,
}

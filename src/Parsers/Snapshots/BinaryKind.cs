using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>What a file is for, independent of its format.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BinaryKind>))]
public enum BinaryKind
{
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>ELF ET_DYN with DT_SONAME or without an interpreter, PE DLL, Mach-O MH_DYLIB.</summary>
    [JsonStringEnumMemberName("shared-library")]
    SharedLibrary,

    /// <summary>ELF ET_EXEC or PIE, PE EXE, Mach-O MH_EXECUTE.</summary>
    [JsonStringEnumMemberName("executable")]
    Executable,

    /// <summary>Relocatable object: ELF ET_REL, COFF .obj, Mach-O MH_OBJECT.</summary>
    [JsonStringEnumMemberName("object")]
    Object,

    /// <summary>Mach-O MH_BUNDLE (a plug-in).</summary>
    [JsonStringEnumMemberName("bundle")]
    Bundle,

    /// <summary>Static library: ar archive of objects.</summary>
    [JsonStringEnumMemberName("static-library")]
    StaticLibrary,

    /// <summary>Windows import library (.lib of import members).</summary>
    [JsonStringEnumMemberName("import-library")]
    ImportLibrary,

    /// <summary>One short import member of an import library.</summary>
    [JsonStringEnumMemberName("import-object")]
    ImportObject,

    /// <summary>Universal (fat) file.</summary>
    [JsonStringEnumMemberName("universal")]
    Universal,

    /// <summary>Core dump.</summary>
    [JsonStringEnumMemberName("core")]
    Core,

    /// <summary>Mach-O dSYM companion or other debug-only file.</summary>
    [JsonStringEnumMemberName("debug")]
    Debug,
}

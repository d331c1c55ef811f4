using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>What a symbol names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SymbolKind>))]
public enum SymbolKind
{
    /// <summary>Untyped (ELF STT_NOTYPE; Mach-O and COFF symbols whose section type says nothing).</summary>
    [JsonStringEnumMemberName("none")]
    None,

    [JsonStringEnumMemberName("function")]
    Function,

    /// <summary>Data object (ELF STT_OBJECT, PE DATA export).</summary>
    [JsonStringEnumMemberName("object")]
    Object,

    /// <summary>Thread-local storage (ELF STT_TLS, Mach-O thread-local export).</summary>
    [JsonStringEnumMemberName("tls")]
    Tls,

    /// <summary>GNU indirect function (STT_GNU_IFUNC) or Mach-O stub-and-resolver.</summary>
    [JsonStringEnumMemberName("ifunc")]
    IFunc,

    /// <summary>Common block (STT_COMMON or SHN_COMMON).</summary>
    [JsonStringEnumMemberName("common")]
    Common,

    /// <summary>Absolute value with no section (Mach-O EXPORT_SYMBOL_FLAGS_KIND_ABSOLUTE).</summary>
    [JsonStringEnumMemberName("absolute")]
    Absolute,
}

using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Matrix;

/// <summary>Whether one platform build has a name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatrixPresence>))]
public enum MatrixPresence
{
    /// <summary>Exported under the spelling the row names (Mach-O's underscore and ELF versions aside: dlsym finds it by that name).</summary>
    [JsonStringEnumMemberName("present")]
    Present,

    /// <summary>
    /// Exported, but under another spelling: a decorated 32-bit Windows name (<c>tally_add@12</c>),
    /// another C++ mangling, or another parameter type for the same data model (<c>size_t</c>).
    /// A lookup by the row's name fails there; the spellings say what to ask for instead.
    /// </summary>
    [JsonStringEnumMemberName("other-spelling")]
    OtherSpelling,

    /// <summary>Not exported by that build.</summary>
    [JsonStringEnumMemberName("missing")]
    Missing,
}

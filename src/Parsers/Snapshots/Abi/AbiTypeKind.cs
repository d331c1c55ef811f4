using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>What an <see cref="AbiType"/> is. The JSON names are a contract (docs/snapshot.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AbiTypeKind>))]
public enum AbiTypeKind
{
    /// <summary><c>void</c> (a pointer target or return type with no DW_AT_type).</summary>
    [JsonStringEnumMemberName("void")]
    Void,

    /// <summary>DW_TAG_base_type: <c>int</c>, <c>double</c>, <c>_Bool</c>, <c>char</c> ...</summary>
    [JsonStringEnumMemberName("base")]
    Base,

    /// <summary>DW_TAG_unspecified_type: <c>decltype(nullptr)</c>.</summary>
    [JsonStringEnumMemberName("unspecified")]
    Unspecified,

    [JsonStringEnumMemberName("pointer")]
    Pointer,

    /// <summary>C++ lvalue reference.</summary>
    [JsonStringEnumMemberName("reference")]
    Reference,

    /// <summary>C++ rvalue reference.</summary>
    [JsonStringEnumMemberName("rvalue-reference")]
    RvalueReference,

    /// <summary>DW_TAG_ptr_to_member_type.</summary>
    [JsonStringEnumMemberName("member-pointer")]
    MemberPointer,

    [JsonStringEnumMemberName("const")]
    Const,

    [JsonStringEnumMemberName("volatile")]
    Volatile,

    [JsonStringEnumMemberName("restrict")]
    Restrict,

    /// <summary>C11 <c>_Atomic</c>.</summary>
    [JsonStringEnumMemberName("atomic")]
    Atomic,

    [JsonStringEnumMemberName("typedef")]
    Typedef,

    [JsonStringEnumMemberName("array")]
    Array,

    [JsonStringEnumMemberName("struct")]
    Struct,

    [JsonStringEnumMemberName("class")]
    Class,

    [JsonStringEnumMemberName("union")]
    Union,

    [JsonStringEnumMemberName("enum")]
    Enum,

    /// <summary>DW_TAG_subroutine_type: what a function pointer points at.</summary>
    [JsonStringEnumMemberName("function")]
    Function,
}

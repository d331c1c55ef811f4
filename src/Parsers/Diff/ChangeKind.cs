using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Every kind of change the differ reports. The JSON names are a contract (docs/diff.md); the
/// default severity of each is in <see cref="ChangeKinds"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    [JsonStringEnumMemberName("export-removed")]
    ExportRemoved,

    [JsonStringEnumMemberName("export-added")]
    ExportAdded,

    /// <summary>C++: a function removed and one added with the same qualified name, different parameters.</summary>
    [JsonStringEnumMemberName("signature-changed")]
    SignatureChanged,

    /// <summary>Rust: same path, different hash suffix: a rebuild, not an API change.</summary>
    [JsonStringEnumMemberName("rust-hash-changed")]
    RustHashChanged,

    /// <summary>ELF: <c>foo@V1</c> gone while <c>foo</c> stays under another version.</summary>
    [JsonStringEnumMemberName("version-removed")]
    VersionRemoved,

    /// <summary>ELF: a name gained a version it did not have (other than a moved default).</summary>
    [JsonStringEnumMemberName("version-added")]
    VersionAdded,

    /// <summary>ELF: the default (<c>@@</c>) version of a name moved, the old one kept.</summary>
    [JsonStringEnumMemberName("default-version-moved")]
    DefaultVersionMoved,

    /// <summary>ELF: every symbol of version node V1 moved to a new node V2: one grouped change.</summary>
    [JsonStringEnumMemberName("version-node-renamed")]
    VersionNodeRenamed,

    [JsonStringEnumMemberName("version-node-removed")]
    VersionNodeRemoved,

    [JsonStringEnumMemberName("version-node-added")]
    VersionNodeAdded,

    /// <summary>Function, object, TLS ...</summary>
    [JsonStringEnumMemberName("kind-changed")]
    KindChanged,

    /// <summary>Global, weak, unique.</summary>
    [JsonStringEnumMemberName("binding-changed")]
    BindingChanged,

    [JsonStringEnumMemberName("visibility-changed")]
    VisibilityChanged,

    /// <summary>The size of an exported data object or TLS variable changed.</summary>
    [JsonStringEnumMemberName("size-changed")]
    SizeChanged,

    /// <summary>PE: a kept name has a different ordinal.</summary>
    [JsonStringEnumMemberName("ordinal-changed")]
    OrdinalChanged,

    /// <summary>PE: an export with no name (NONAME) is gone.</summary>
    [JsonStringEnumMemberName("ordinal-export-removed")]
    OrdinalExportRemoved,

    [JsonStringEnumMemberName("forwarder-added")]
    ForwarderAdded,

    [JsonStringEnumMemberName("forwarder-removed")]
    ForwarderRemoved,

    [JsonStringEnumMemberName("forwarder-changed")]
    ForwarderChanged,

    /// <summary>SONAME, install name or DLL name.</summary>
    [JsonStringEnumMemberName("identity-changed")]
    IdentityChanged,

    [JsonStringEnumMemberName("compatibility-version-lowered")]
    CompatibilityVersionLowered,

    [JsonStringEnumMemberName("compatibility-version-raised")]
    CompatibilityVersionRaised,

    [JsonStringEnumMemberName("current-version-changed")]
    CurrentVersionChanged,

    [JsonStringEnumMemberName("format-changed")]
    FormatChanged,

    [JsonStringEnumMemberName("arch-changed")]
    ArchChanged,

    [JsonStringEnumMemberName("dependency-added")]
    DependencyAdded,

    [JsonStringEnumMemberName("dependency-removed")]
    DependencyRemoved,

    /// <summary>Needed, weak, delay, re-export ...</summary>
    [JsonStringEnumMemberName("dependency-kind-changed")]
    DependencyKindChanged,

    /// <summary>ELF: a version of a dependency is newly required (now needs GLIBC_2.34).</summary>
    [JsonStringEnumMemberName("required-version-added")]
    RequiredVersionAdded,

    [JsonStringEnumMemberName("required-version-removed")]
    RequiredVersionRemoved,

    /// <summary>An archive member or fat slice that is only in the new file.</summary>
    [JsonStringEnumMemberName("member-added")]
    MemberAdded,

    [JsonStringEnumMemberName("member-removed")]
    MemberRemoved,
}

using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Every kind of change the differ reports. The JSON names are a contract (docs/diff.md); the
/// default severity of each is in <see cref="ChangeKinds"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    /// <summary>An export is gone.</summary>
    [JsonStringEnumMemberName("export-removed")]
    ExportRemoved,

    /// <summary>A new export.</summary>
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

    /// <summary>ELF: a version definition is gone.</summary>
    [JsonStringEnumMemberName("version-node-removed")]
    VersionNodeRemoved,

    /// <summary>ELF: a new version definition.</summary>
    [JsonStringEnumMemberName("version-node-added")]
    VersionNodeAdded,

    /// <summary>ELF: names that were unversioned now have a default version (one grouped change per version node).</summary>
    [JsonStringEnumMemberName("symbols-versioned")]
    SymbolsVersioned,

    /// <summary>Function, object, TLS ...</summary>
    [JsonStringEnumMemberName("kind-changed")]
    KindChanged,

    /// <summary>Global, weak, unique.</summary>
    [JsonStringEnumMemberName("binding-changed")]
    BindingChanged,

    /// <summary>Default, protected.</summary>
    [JsonStringEnumMemberName("visibility-changed")]
    VisibilityChanged,

    /// <summary>The size of an exported data object or TLS variable changed.</summary>
    [JsonStringEnumMemberName("size-changed")]
    SizeChanged,

    /// <summary>C++: a class that already exported members now exports a vtable or typeinfo: it became polymorphic.</summary>
    [JsonStringEnumMemberName("class-became-polymorphic")]
    ClassBecamePolymorphic,

    /// <summary>C++: the size of a class's vtable object (<c>_ZTV</c>) changed: virtual functions were added or removed.</summary>
    [JsonStringEnumMemberName("vtable-size-changed")]
    VtableSizeChanged,

    /// <summary>C++: a class's typeinfo (<c>_ZTI</c>, <c>_ZTS</c>) is no longer exported.</summary>
    [JsonStringEnumMemberName("typeinfo-removed")]
    TypeinfoRemoved,

    /// <summary>C++: a class's typeinfo is newly exported.</summary>
    [JsonStringEnumMemberName("typeinfo-added")]
    TypeinfoAdded,

    /// <summary>PE: a kept name has a different ordinal.</summary>
    [JsonStringEnumMemberName("ordinal-changed")]
    OrdinalChanged,

    /// <summary>PE: an export with no name (NONAME) is gone.</summary>
    [JsonStringEnumMemberName("ordinal-export-removed")]
    OrdinalExportRemoved,

    /// <summary>PE: an export is now forwarded to another DLL (or a Mach-O re-export).</summary>
    [JsonStringEnumMemberName("forwarder-added")]
    ForwarderAdded,

    /// <summary>PE: an export is no longer forwarded.</summary>
    [JsonStringEnumMemberName("forwarder-removed")]
    ForwarderRemoved,

    /// <summary>PE: a forwarder points elsewhere.</summary>
    [JsonStringEnumMemberName("forwarder-changed")]
    ForwarderChanged,

    /// <summary>SONAME, install name or DLL name.</summary>
    [JsonStringEnumMemberName("identity-changed")]
    IdentityChanged,

    /// <summary>A SONAME or install name where there was none.</summary>
    [JsonStringEnumMemberName("identity-added")]
    IdentityAdded,

    /// <summary>The SONAME or install name is gone.</summary>
    [JsonStringEnumMemberName("identity-removed")]
    IdentityRemoved,

    /// <summary>Mach-O: the compatibility version went down.</summary>
    [JsonStringEnumMemberName("compatibility-version-lowered")]
    CompatibilityVersionLowered,

    /// <summary>Mach-O: the compatibility version went up.</summary>
    [JsonStringEnumMemberName("compatibility-version-raised")]
    CompatibilityVersionRaised,

    /// <summary>Mach-O: the current version changed.</summary>
    [JsonStringEnumMemberName("current-version-changed")]
    CurrentVersionChanged,

    /// <summary>Mach-O: the minimum OS version went up.</summary>
    [JsonStringEnumMemberName("min-os-raised")]
    MinOSRaised,

    /// <summary>Mach-O: the minimum OS version went down.</summary>
    [JsonStringEnumMemberName("min-os-lowered")]
    MinOSLowered,

    /// <summary>ELF, PE, Mach-O ...</summary>
    [JsonStringEnumMemberName("format-changed")]
    FormatChanged,

    /// <summary>x86_64, aarch64 ...</summary>
    [JsonStringEnumMemberName("arch-changed")]
    ArchChanged,

    /// <summary>A new needed library.</summary>
    [JsonStringEnumMemberName("dependency-added")]
    DependencyAdded,

    /// <summary>A needed library is gone.</summary>
    [JsonStringEnumMemberName("dependency-removed")]
    DependencyRemoved,

    /// <summary>Needed, weak, delay, re-export ...</summary>
    [JsonStringEnumMemberName("dependency-kind-changed")]
    DependencyKindChanged,

    /// <summary>ELF: a version of a dependency is newly required (now needs GLIBC_2.34).</summary>
    [JsonStringEnumMemberName("required-version-added")]
    RequiredVersionAdded,

    /// <summary>ELF: a dependency version is no longer required.</summary>
    [JsonStringEnumMemberName("required-version-removed")]
    RequiredVersionRemoved,

    /// <summary>A hardening protection the old file had is gone (RELRO, stack protector, non-executable stack, CET, BTI, ASLR ...).</summary>
    [JsonStringEnumMemberName("protection-lost")]
    ProtectionLost,

    /// <summary>A hardening protection the old file lacked.</summary>
    [JsonStringEnumMemberName("protection-gained")]
    ProtectionGained,

    /// <summary>ELF: the library now needs static TLS (DF_STATIC_TLS).</summary>
    [JsonStringEnumMemberName("static-tls-introduced")]
    StaticTlsIntroduced,

    /// <summary>ELF: the library no longer needs static TLS.</summary>
    [JsonStringEnumMemberName("static-tls-removed")]
    StaticTlsRemoved,

    /// <summary>The library search path recorded in the file (RPATH, RUNPATH, LC_RPATH) changed.</summary>
    [JsonStringEnumMemberName("runpath-changed")]
    RunPathChanged,

    /// <summary>A search path entry that points into a build tree (or is relative) appeared.</summary>
    [JsonStringEnumMemberName("build-path-leaked")]
    BuildPathLeaked,

    /// <summary>An archive member or fat slice that is only in the new file.</summary>
    [JsonStringEnumMemberName("member-added")]
    MemberAdded,

    /// <summary>An archive member or fat slice that is only in the old file.</summary>
    [JsonStringEnumMemberName("member-removed")]
    MemberRemoved,

    /// <summary>Debug info: a function takes more parameters.</summary>
    [JsonStringEnumMemberName("parameter-added")]
    ParameterAdded,

    /// <summary>Debug info: a function takes fewer parameters.</summary>
    [JsonStringEnumMemberName("parameter-removed")]
    ParameterRemoved,

    /// <summary>Debug info: a parameter's type changed.</summary>
    [JsonStringEnumMemberName("parameter-type-changed")]
    ParameterTypeChanged,

    /// <summary>Debug info: a parameter's name changed (source only).</summary>
    [JsonStringEnumMemberName("parameter-renamed")]
    ParameterRenamed,

    /// <summary>Debug info: a function's return type changed.</summary>
    [JsonStringEnumMemberName("return-type-changed")]
    ReturnTypeChanged,

    /// <summary>Debug info: a function became variadic or stopped being variadic.</summary>
    [JsonStringEnumMemberName("variadic-changed")]
    VariadicChanged,

    /// <summary>Debug info: a function's calling convention changed.</summary>
    [JsonStringEnumMemberName("calling-convention-changed")]
    CallingConventionChanged,

    /// <summary>Debug info: a function gained or lost <c>noreturn</c>.</summary>
    [JsonStringEnumMemberName("noreturn-changed")]
    NoReturnChanged,

    /// <summary>Debug info: an exported variable's type changed.</summary>
    [JsonStringEnumMemberName("variable-type-changed")]
    VariableTypeChanged,

    /// <summary>Debug info: a struct, class, union or base type changed size.</summary>
    [JsonStringEnumMemberName("type-size-changed")]
    TypeSizeChanged,

    /// <summary>Debug info: a type's stated alignment changed.</summary>
    [JsonStringEnumMemberName("type-alignment-changed")]
    TypeAlignmentChanged,

    /// <summary>Debug info: a class is now passed by reference instead of by value, or the reverse (it became or stopped being trivially copyable).</summary>
    [JsonStringEnumMemberName("type-passing-changed")]
    TypePassingChanged,

    /// <summary>Debug info: an aggregate gained a data member.</summary>
    [JsonStringEnumMemberName("field-added")]
    FieldAdded,

    /// <summary>Debug info: an aggregate lost a data member.</summary>
    [JsonStringEnumMemberName("field-removed")]
    FieldRemoved,

    /// <summary>Debug info: a data member's offset changed.</summary>
    [JsonStringEnumMemberName("field-moved")]
    FieldMoved,

    /// <summary>Debug info: a data member's type changed.</summary>
    [JsonStringEnumMemberName("field-type-changed")]
    FieldTypeChanged,

    /// <summary>Debug info: a data member has a new name at the same place with the same type.</summary>
    [JsonStringEnumMemberName("field-renamed")]
    FieldRenamed,

    /// <summary>Debug info: a bit-field's bit offset or width changed.</summary>
    [JsonStringEnumMemberName("bit-field-changed")]
    BitFieldChanged,

    /// <summary>Debug info: a class gained a base class.</summary>
    [JsonStringEnumMemberName("base-added")]
    BaseAdded,

    /// <summary>Debug info: a class lost a base class.</summary>
    [JsonStringEnumMemberName("base-removed")]
    BaseRemoved,

    /// <summary>Debug info: a base class subobject moved (offset or virtuality).</summary>
    [JsonStringEnumMemberName("base-moved")]
    BaseMoved,

    /// <summary>Debug info: a class gained a virtual method (a vtable slot).</summary>
    [JsonStringEnumMemberName("virtual-method-added")]
    VirtualMethodAdded,

    /// <summary>Debug info: a class lost a virtual method.</summary>
    [JsonStringEnumMemberName("virtual-method-removed")]
    VirtualMethodRemoved,

    /// <summary>Debug info: a virtual method moved to another vtable slot.</summary>
    [JsonStringEnumMemberName("virtual-method-moved")]
    VirtualMethodMoved,

    /// <summary>Debug info: a type that was defined is now only declared (opaque).</summary>
    [JsonStringEnumMemberName("type-became-opaque")]
    TypeBecameOpaque,

    /// <summary>Debug info: a type that was only declared is now defined.</summary>
    [JsonStringEnumMemberName("type-became-defined")]
    TypeBecameDefined,

    /// <summary>Debug info: an enum gained an enumerator.</summary>
    [JsonStringEnumMemberName("enumerator-added")]
    EnumeratorAdded,

    /// <summary>Debug info: an enum lost an enumerator.</summary>
    [JsonStringEnumMemberName("enumerator-removed")]
    EnumeratorRemoved,

    /// <summary>Debug info: an enumerator's value changed.</summary>
    [JsonStringEnumMemberName("enumerator-value-changed")]
    EnumeratorValueChanged,

    /// <summary>Debug info: a value kept its place under a new enumerator name.</summary>
    [JsonStringEnumMemberName("enumerator-renamed")]
    EnumeratorRenamed,

    /// <summary>Debug info: an enum's size (its underlying type) changed.</summary>
    [JsonStringEnumMemberName("enum-size-changed")]
    EnumSizeChanged,

    /// <summary>Debug info: a typedef names another type.</summary>
    [JsonStringEnumMemberName("typedef-changed")]
    TypedefChanged,
}

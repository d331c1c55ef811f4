using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>Names and descriptions of <see cref="ChangeKind"/> values for renderers, rules and docs.</summary>
public static class ChangeKinds
{
    /// <summary>The JSON name (<c>export-removed</c>), also the SARIF rule id and the suppression key.</summary>
    public static string Name(ChangeKind kind) => EnumNames.Of(kind);

    /// <summary>Parses a JSON name.</summary>
    public static bool TryParse(string? text, out ChangeKind kind) => EnumNames.TryParse(text, out kind);

    /// <summary>Words for a heading: <c>exports removed</c>.</summary>
    public static string Title(ChangeKind kind) => kind switch
    {
        ChangeKind.ExportRemoved => "exports removed",
        ChangeKind.ExportAdded => "exports added",
        ChangeKind.SignatureChanged => "signatures changed",
        ChangeKind.RustHashChanged => "Rust symbols rebuilt (hash changed)",
        ChangeKind.VersionRemoved => "symbol versions removed",
        ChangeKind.VersionAdded => "symbol versions added",
        ChangeKind.DefaultVersionMoved => "default versions moved",
        ChangeKind.VersionNodeRenamed => "version nodes renamed",
        ChangeKind.VersionNodeRemoved => "version nodes removed",
        ChangeKind.VersionNodeAdded => "version nodes added",
        ChangeKind.KindChanged => "symbol kinds changed",
        ChangeKind.BindingChanged => "bindings changed",
        ChangeKind.VisibilityChanged => "visibilities changed",
        ChangeKind.SizeChanged => "data object sizes changed",
        ChangeKind.OrdinalChanged => "ordinals changed",
        ChangeKind.OrdinalExportRemoved => "ordinal-only exports removed",
        ChangeKind.ForwarderAdded => "forwarders added",
        ChangeKind.ForwarderRemoved => "forwarders removed",
        ChangeKind.ForwarderChanged => "forwarders changed",
        ChangeKind.IdentityChanged => "identity changed",
        ChangeKind.CompatibilityVersionLowered => "compatibility version lowered",
        ChangeKind.CompatibilityVersionRaised => "compatibility version raised",
        ChangeKind.CurrentVersionChanged => "current version changed",
        ChangeKind.FormatChanged => "format changed",
        ChangeKind.ArchChanged => "architecture changed",
        ChangeKind.DependencyAdded => "dependencies added",
        ChangeKind.DependencyRemoved => "dependencies removed",
        ChangeKind.DependencyKindChanged => "dependency kinds changed",
        ChangeKind.RequiredVersionAdded => "newly required dependency versions",
        ChangeKind.RequiredVersionRemoved => "dependency versions no longer required",
        ChangeKind.MemberAdded => "members added",
        ChangeKind.MemberRemoved => "members removed",
        _ => Name(kind),
    };

    /// <summary>Words after a count: <c>1 export removed</c>, <c>2 exports removed</c>.</summary>
    public static string Title(ChangeKind kind, long count) => count != 1 ? Title(kind) : kind switch
    {
        ChangeKind.ExportRemoved => "export removed",
        ChangeKind.ExportAdded => "export added",
        ChangeKind.SignatureChanged => "signature changed",
        ChangeKind.RustHashChanged => "Rust symbol rebuilt (hash changed)",
        ChangeKind.VersionRemoved => "symbol version removed",
        ChangeKind.VersionAdded => "symbol version added",
        ChangeKind.DefaultVersionMoved => "default version moved",
        ChangeKind.VersionNodeRenamed => "version node renamed",
        ChangeKind.VersionNodeRemoved => "version node removed",
        ChangeKind.VersionNodeAdded => "version node added",
        ChangeKind.KindChanged => "symbol kind changed",
        ChangeKind.BindingChanged => "binding changed",
        ChangeKind.VisibilityChanged => "visibility changed",
        ChangeKind.SizeChanged => "data object size changed",
        ChangeKind.OrdinalChanged => "ordinal changed",
        ChangeKind.OrdinalExportRemoved => "ordinal-only export removed",
        ChangeKind.ForwarderAdded => "forwarder added",
        ChangeKind.ForwarderRemoved => "forwarder removed",
        ChangeKind.ForwarderChanged => "forwarder changed",
        ChangeKind.DependencyAdded => "dependency added",
        ChangeKind.DependencyRemoved => "dependency removed",
        ChangeKind.DependencyKindChanged => "dependency kind changed",
        ChangeKind.RequiredVersionAdded => "newly required dependency version",
        ChangeKind.RequiredVersionRemoved => "dependency version no longer required",
        ChangeKind.MemberAdded => "member added",
        ChangeKind.MemberRemoved => "member removed",
        _ => Title(kind),
    };

    /// <summary>One sentence on what the kind means and why it has its severity (SARIF rule text, docs).</summary>
    public static string Description(ChangeKind kind) => kind switch
    {
        ChangeKind.ExportRemoved => "An exported symbol is gone: binaries that use it fail to load or link.",
        ChangeKind.ExportAdded => "A new exported symbol: nothing built against the old version is affected.",
        ChangeKind.SignatureChanged => "A C++ function kept its qualified name but changed its parameters: callers of the old signature no longer link.",
        ChangeKind.RustHashChanged => "A Rust symbol kept its path but its hash changed: a rebuild, not an API change (Rust has no stable ABI).",
        ChangeKind.VersionRemoved => "A symbol version is gone while the name stays under another: binaries bound to the old version fail to load.",
        ChangeKind.VersionAdded => "A name gained another symbol version.",
        ChangeKind.DefaultVersionMoved => "The default (@@) version of a name moved; the old version is kept, so old binaries still bind.",
        ChangeKind.VersionNodeRenamed => "Every symbol of a version node moved to a new node: binaries that need the old node fail to load.",
        ChangeKind.VersionNodeRemoved => "A version definition is gone: the dynamic loader refuses binaries that need it.",
        ChangeKind.VersionNodeAdded => "A new version definition.",
        ChangeKind.KindChanged => "A symbol changed between function, data object and thread-local storage.",
        ChangeKind.BindingChanged => "A symbol changed binding (global, weak, unique); the loader still resolves it.",
        ChangeKind.VisibilityChanged => "A symbol changed visibility (default, protected); protected data breaks copy relocations.",
        ChangeKind.SizeChanged => "An exported data object changed size: copy relocations in executables copy the old size.",
        ChangeKind.OrdinalChanged => "A named PE export has a new ordinal: importers by ordinal call something else.",
        ChangeKind.OrdinalExportRemoved => "A PE export with no name is gone: importers by ordinal fail to load.",
        ChangeKind.ForwarderAdded => "A PE export is now forwarded to another DLL, which must be present.",
        ChangeKind.ForwarderRemoved => "A PE export is no longer forwarded; the DLL implements it itself.",
        ChangeKind.ForwarderChanged => "A PE forwarder points at another DLL or function.",
        ChangeKind.IdentityChanged => "The SONAME, install name or DLL name changed: binaries record the old name and look for it.",
        ChangeKind.CompatibilityVersionLowered => "The Mach-O compatibility version went down: dyld refuses clients linked against the higher one.",
        ChangeKind.CompatibilityVersionRaised => "The Mach-O compatibility version went up: old clients still load.",
        ChangeKind.CurrentVersionChanged => "The Mach-O current version changed.",
        ChangeKind.FormatChanged => "The file format changed.",
        ChangeKind.ArchChanged => "The architecture changed: nothing built for the old one can load the new one.",
        ChangeKind.DependencyAdded => "A new library dependency, which must be present at run time.",
        ChangeKind.DependencyRemoved => "A library dependency is gone (incompatible only when it was re-exported).",
        ChangeKind.DependencyKindChanged => "A dependency is loaded differently (needed, weak, delay-load, re-export).",
        ChangeKind.RequiredVersionAdded => "A newer version of a dependency is required (e.g. GLIBC_2.34): the library no longer loads on systems that lack it.",
        ChangeKind.RequiredVersionRemoved => "A dependency version is no longer required.",
        ChangeKind.MemberAdded => "An archive member or fat slice was added.",
        ChangeKind.MemberRemoved => "An archive member or fat slice was removed, with its exports.",
        _ => Name(kind),
    };
}

using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>Builds snapshots in code for engine tests: only the fields a test is about.</summary>
internal static class Snap
{
    public static Snapshot ElfLib(string soname, params SnapshotExport[] exports) => new()
    {
        File = new SnapshotFile(soname, 0, null),
        Format = BinaryFormat.Elf,
        Arch = "x86_64",
        Kind = BinaryKind.SharedLibrary,
        Identity = new SnapshotIdentity { Name = soname },
        Exports = exports,
    };

    public static Snapshot PELib(string dll, params SnapshotExport[] exports) => new()
    {
        File = new SnapshotFile(dll, 0, null),
        Format = BinaryFormat.PE,
        Arch = "x86_64",
        Kind = BinaryKind.SharedLibrary,
        Identity = new SnapshotIdentity { Name = dll },
        Exports = exports,
    };

    public static Snapshot MachOLib(string installName, string current, string compatibility, params SnapshotExport[] exports) => new()
    {
        File = new SnapshotFile("libfoo.dylib", 0, null),
        Format = BinaryFormat.MachO,
        Arch = "x86_64",
        Kind = BinaryKind.SharedLibrary,
        Identity = new SnapshotIdentity { Name = installName, CurrentVersion = current, CompatibilityVersion = compatibility },
        Exports = exports,
    };

    public static SnapshotExport Fn(string name, string? version = null, bool isDefault = true, string? demangled = null) => new()
    {
        Name = name,
        Version = version,
        DefaultVersion = version is null ? null : isDefault,
        Demangled = demangled,
        Kind = SymbolKind.Function,
        Binding = SymbolBinding.Global,
        Visibility = SymbolVisibility.Default,
        Size = 16,
    };

    public static SnapshotExport Data(string name, ulong size) => new()
    {
        Name = name,
        Kind = SymbolKind.Object,
        Binding = SymbolBinding.Global,
        Visibility = SymbolVisibility.Default,
        Size = size,
    };

    public static SnapshotVersionNode[] Nodes(string soname, params string[] names)
        => [new SnapshotVersionNode { Name = soname, Index = 1, IsBase = true }, .. names.Select((n, i) => new SnapshotVersionNode { Name = n, Index = i + 2 })];

    /// <summary>The only change of <paramref name="kind"/>; fails when there is none or several.</summary>
    public static AbiChange Single(AbiDiff diff, ChangeKind kind) => Assert.Single(diff.Changes, c => c.Kind == kind);

    public static ChangeKind[] Kinds(AbiDiff diff) => diff.Changes.Select(c => c.Kind).Order().ToArray();
}

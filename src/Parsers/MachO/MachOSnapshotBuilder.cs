using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.MachO;

/// <summary>Builds the format-neutral snapshot of one thin Mach-O file from <see cref="MachOFile"/>.</summary>
internal static partial class MachOSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
    {
        var file = MachOFile.Read(data.Span, context.Budget);
        var diagnostics = new DiagnosticBag(context.Budget);
        diagnostics.AddRange(file.Diagnostics);

        var exports = file.TrieExports is { } trie ? TrieExports(file, trie, diagnostics) : SymbolTableExports(file);
        var imports = Imports(file, diagnostics);
        var abi = Dwarf.DwarfSurfaceReader.ForMachO(file, data, exports, context, diagnostics);

        return new Snapshot
        {
            File = context.File,
            Member = context.Member,
            Format = BinaryFormat.MachO,
            Arch = file.ArchName,
            Bits = file.Is64 ? 64 : 32,
            Endian = file.IsBigEndian ? Endianness.Big : Endianness.Little,
            Kind = Kind(file.FileType),
            Identity = Identity(file),
            Hardening = Hardening(file, imports),
            Dependencies = file.Dylibs.Select(Dependency).ToArray(),
            Exports = exports,
            Imports = imports,
            Abi = abi,
            Diagnostics = diagnostics.ToList(),
        };
    }

    private static BinaryKind Kind(uint filetype) => filetype switch
    {
        MachOConstants.MH_OBJECT => BinaryKind.Object,
        MachOConstants.MH_EXECUTE or MachOConstants.MH_PRELOAD or MachOConstants.MH_DYLINKER => BinaryKind.Executable,
        MachOConstants.MH_DYLIB or MachOConstants.MH_DYLIB_STUB or MachOConstants.MH_FVMLIB => BinaryKind.SharedLibrary,
        MachOConstants.MH_BUNDLE or MachOConstants.MH_KEXT_BUNDLE => BinaryKind.Bundle,
        MachOConstants.MH_CORE => BinaryKind.Core,
        MachOConstants.MH_DSYM => BinaryKind.Debug,
        _ => BinaryKind.Unknown,
    };

    private static SnapshotIdentity Identity(MachOFile file)
    {
        var id = file.IdDylib;
        var build = file.BuildVersion;
        return new SnapshotIdentity
        {
            Name = id?.name,
            CurrentVersion = id is { } c ? MachOArchitecture.DylibVersion(c.current_version) : null,
            CompatibilityVersion = id is { } k ? MachOArchitecture.DylibVersion(k.compatibility_version) : null,
            BuildId = file.Uuid,
            Machine = MachOArchitecture.MachineName(file.CpuType),
            Platform = build is { } p ? MachOArchitecture.PlatformName(p.platform) : null,
            MinOS = build is { } m ? MachOArchitecture.OSVersion(m.minos) : null,
            Sdk = build is { } s && s.sdk != 0 ? MachOArchitecture.OSVersion(s.sdk) : null,
            RPaths = file.RPaths.Count > 0 ? file.RPaths.ToArray() : null,
            EntryPoint = file.EntryPoint?.entryoff,
            HasSymbolTable = file.FileType == MachOConstants.MH_OBJECT ? null : file.HasLocalSymbols,
            // MH_PIE only means something for an executable; dylibs and bundles always slide.
            Pie = file.FileType == MachOConstants.MH_EXECUTE ? (file.Flags & MachOConstants.MH_PIE) != 0 : null,
        };
    }

    /// <summary>
    /// What a Mach-O says about its hardening: the stack protector's imports (<c>___stack_chk_fail</c>,
    /// <c>___stack_chk_guard</c>) and MH_ALLOW_STACK_EXECUTION. Objects are never loaded as they are.
    /// </summary>
    private static SnapshotHardening? Hardening(MachOFile file, IReadOnlyList<SnapshotImport> imports)
    {
        if (file.FileType is MachOConstants.MH_OBJECT or MachOConstants.MH_DSYM or MachOConstants.MH_CORE)
        {
            return null;
        }

        return new SnapshotHardening
        {
            StackProtector = imports.Any(i => i.Name is "___stack_chk_fail" or "___stack_chk_guard"),
            ExecutableStack = (file.Flags & MachOConstants.MH_ALLOW_STACK_EXECUTION) != 0,
        };
    }

    private static SnapshotDependency Dependency(DylibCommand d) => new()
    {
        Name = d.name,
        Kind = d.cmd switch
        {
            MachOConstants.LC_LOAD_WEAK_DYLIB => DependencyKind.Weak,
            MachOConstants.LC_REEXPORT_DYLIB => DependencyKind.Reexport,
            MachOConstants.LC_LOAD_UPWARD_DYLIB => DependencyKind.Upward,
            MachOConstants.LC_LAZY_LOAD_DYLIB => DependencyKind.Lazy,
            _ => DependencyKind.Needed,
        },
        CurrentVersion = MachOArchitecture.DylibVersion(d.current_version),
        CompatibilityVersion = MachOArchitecture.DylibVersion(d.compatibility_version),
    };
}

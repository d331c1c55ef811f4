using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Elf;

/// <summary>
/// Turns an <see cref="ElfFile"/> into the format-neutral <see cref="Snapshot"/>: exports and
/// imports under the rules of docs/snapshot.md, symbol versions, version nodes, dependencies
/// with their required versions, identity and the loader and hardening facts.
/// </summary>
internal static class ElfSnapshotBuilder
{
    public static Snapshot Build(ReadOnlyMemory<byte> data, SnapshotContext context)
    {
        var file = ElfFile.Read(data, context.Budget);
        var bag = new DiagnosticBag(context.Budget);
        bag.AddRange(file.Diagnostics);
        var header = file.Header;
        var versions = new ElfVersionLookup(file, bag);
        bool relocatable = header.Type == ElfConstants.ET_REL;
        var exports = relocatable ? ElfSymbolRules.ObjectExports(file, bag) : ElfSymbolRules.DynamicExports(file, versions, bag);
        var imports = relocatable ? ElfSymbolRules.ObjectImports(file) : ElfSymbolRules.DynamicImports(file, versions);
        var kind = Kind(file);
        var abi = Dwarf.DwarfSurfaceReader.ForElf(file, data, exports, context, bag);
        return new Snapshot
        {
            File = context.File,
            Member = context.Member,
            Format = BinaryFormat.Elf,
            Arch = ElfMachines.Arch(header.Machine, header.Is64, header.IsBigEndian),
            Bits = header.Is64 ? 64 : 32,
            Endian = header.IsBigEndian ? Endianness.Big : Endianness.Little,
            Kind = kind,
            Identity = new SnapshotIdentity
            {
                Name = file.SoName,
                BuildId = file.BuildId,
                Machine = ElfMachines.Find(header.Machine),
                Interpreter = file.Interpreter,
                RPaths = file.RPaths,
                RunPaths = file.RunPaths,
                OsAbi = ElfMachines.OsAbi(header.OsAbi),
                Pie = header.Type switch
                {
                    ElfConstants.ET_EXEC => false,
                    ElfConstants.ET_DYN => kind == BinaryKind.Executable,
                    _ => null,
                },
                HasSymbolTable = file.Symbols is not null,
                EntryPoint = header.Entry == 0 ? null : header.Entry,
            },
            Hardening = ElfHardening.Read(file, imports),
            Dependencies = Dependencies(file),
            Exports = exports,
            Imports = imports,
            VersionNodes = file.VersionDefinitions.Select(d => new SnapshotVersionNode
            {
                Name = d.Name,
                Index = d.Index,
                IsBase = (d.Flags & ElfConstants.VER_FLG_BASE) != 0,
                IsWeak = (d.Flags & ElfConstants.VER_FLG_WEAK) != 0,
                Parents = d.Names.Skip(1).ToArray(),
            }).ToArray(),
            Abi = abi,
            Diagnostics = bag.ToList(),
        };
    }

    /// <summary>
    /// ET_DYN is both a shared library and a PIE: DF_1_PIE says so outright; failing that, an
    /// interpreter without a SONAME is an executable (libc.so.6 has both and is a library).
    /// </summary>
    private static BinaryKind Kind(ElfFile file) => file.Header.Type switch
    {
        ElfConstants.ET_REL => BinaryKind.Object,
        ElfConstants.ET_EXEC => BinaryKind.Executable,
        ElfConstants.ET_CORE => BinaryKind.Core,
        ElfConstants.ET_DYN when (file.Flags1 & ElfConstants.DF_1_PIE) != 0 => BinaryKind.Executable,
        ElfConstants.ET_DYN when file.Interpreter is not null && file.SoName is null => BinaryKind.Executable,
        ElfConstants.ET_DYN => BinaryKind.SharedLibrary,
        _ => BinaryKind.Unknown,
    };

    private static SnapshotDependency[] Dependencies(ElfFile file)
    {
        // The first Verneed naming each library, found by name: both tables may hold 65,536 entries.
        var needs = new Dictionary<string, ElfVersionNeed>(StringComparer.Ordinal);
        foreach (var n in file.VersionNeeds)
        {
            needs.TryAdd(n.File, n);
        }

        var result = new List<SnapshotDependency>(file.Needed.Count);
        foreach (string name in file.Needed)
        {
            var need = needs.GetValueOrDefault(name);
            result.Add(new SnapshotDependency
            {
                Name = name,
                RequiredVersions = need is null ? null : need.Versions.Select(v => v.Name).ToArray(),
            });
        }

        return result.ToArray();
    }
}

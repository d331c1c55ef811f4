using AbiPortal.Parsers.Detection;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Dwarf;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.MachO;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// The ABI surface of a binary whose debug info is a separate file already in hand: a server
/// pairs a stripped library with the debug file uploaded before or after it (matched by build id,
/// <see cref="Identify"/>), without touching the file system. <see cref="SnapshotReader"/> does
/// the same by itself for files on disk (<see cref="DebugInfoOptions"/>).
/// </summary>
public static class AbiSurfaceReader
{
    /// <summary>Reads what <paramref name="data"/> says about debug info: build ids, DWARF present, links. Never throws.</summary>
    public static DebugFileIdentity Identify(ReadOnlyMemory<byte> data, ParseLimits? limits = null)
    {
        limits ??= ParseLimits.Default;
        var bag = new DiagnosticBag(ParseBudget.For(limits, data.Length));
        switch (FormatDetector.Detect(data.Span))
        {
            case DetectedFormat.Elf when ElfFile.TryRead(data, out var elf, out _, limits):
                var sections = ElfDwarfLoader.Load(elf!, data, limits with { MaxDebugSectionBytes = 0 }, bag);
                return new DebugFileIdentity
                {
                    Format = BinaryFormat.Elf,
                    BuildIds = elf!.BuildId is { } id ? [id] : [],
                    HasDebugInfo = HasDebugSections(elf!),
                    IsDebugOnly = HasDebugSections(elf!) && IsDebugOnly(elf!),
                    DebugLink = sections.DebugLink,
                    SupplementaryFile = sections.AltLink,
                    SupplementaryBuildId = sections.AltLinkBuildId,
                    IsSupplementary = sections.IsSupplementary,
                };
            case DetectedFormat.MachO when MachOFile.TryRead(data.Span, out var macho, out _, limits):
                return new DebugFileIdentity
                {
                    Format = BinaryFormat.MachO,
                    BuildIds = macho!.Uuid is { } uuid ? [uuid] : [],
                    HasDebugInfo = MachODwarfLoader.Load(macho!, data, bag).HasDebugInfo,
                    IsDebugOnly = macho!.FileType == MachOConstants.MH_DSYM,
                };
            case DetectedFormat.Fat when BinaryFormatException.TryRead(data.Span, limits, FatFile.Read, out var fat, out _):
                var ids = new List<string>();
                bool any = false, dsym = fat.Slices.Count > 0;
                foreach (var slice in fat.Slices)
                {
                    var bytes = data.Slice((int)slice.offset, (int)slice.size);
                    if (MachOFile.TryRead(bytes.Span, out var thin, out _, limits))
                    {
                        if (thin!.Uuid is { } u)
                        {
                            ids.Add(u);
                        }

                        any |= MachODwarfLoader.Load(thin, bytes, bag).HasDebugInfo;
                        dsym &= thin.FileType == MachOConstants.MH_DSYM;
                    }
                    else
                    {
                        dsym = false;
                    }
                }

                return new DebugFileIdentity { Format = BinaryFormat.Fat, BuildIds = ids, HasDebugInfo = any, IsDebugOnly = dsym };
            default:
                return new DebugFileIdentity { Format = BinaryFormat.Unknown };
        }
    }

    /// <summary>
    /// The binary's snapshot with <see cref="Snapshot.Abi"/> read from a separate debug file's
    /// bytes (and the DWZ supplementary file's, when the debug file links to one). The debug file
    /// must carry the binary's build id (or UUID) when both have one; otherwise, or when it has no
    /// debug info, the snapshot comes back without a surface and with a diagnostic saying why.
    /// For a universal binary each slice is paired with the debug file's slice of the same UUID.
    /// </summary>
    public static Snapshot Attach(Snapshot binary, ReadOnlyMemory<byte> debugFile, string debugFileName, ReadOnlyMemory<byte> supplementary = default, SnapshotReadOptions? options = null)
    {
        options ??= SnapshotReadOptions.Default;
        if (binary.Format == BinaryFormat.Fat)
        {
            return binary with { Members = binary.Members.Select(m => Attach(m, debugFile, debugFileName, supplementary, options)).ToArray() };
        }

        var budget = new ParseBudget(options.Limits, debugFile.Length, options.CancellationToken);
        var bag = new DiagnosticBag(budget);
        bag.AddRange(binary.Diagnostics);
        var result = binary with { Diagnostics = [] };
        string? buildId = binary.Identity.BuildId;
        var sections = Dwarf.DebugFile.Load(debugFile, debugFileName, buildId, options.Limits, bag);
        if (sections is null)
        {
            return result with { Diagnostics = bag.ToList() };
        }

        if (buildId is not null && sections.BuildId is { } other && !string.Equals(buildId, other, StringComparison.OrdinalIgnoreCase))
        {
            bag.Warning(DiagnosticCodes.DwarfDebugFileMismatch, null, $"Debug file {debugFileName} has build id {other}, not the binary's {buildId}; not used.");
            return result with { Diagnostics = bag.ToList() };
        }

        if (!sections.HasDebugInfo)
        {
            bag.Warning(DiagnosticCodes.DwarfBadDebugFile, null, $"Debug file {debugFileName} carries no debug info.");
            return result with { Diagnostics = bag.ToList() };
        }

        var matching = new ExportMatching(binary.Kind == BinaryKind.Object, binary.Format == BinaryFormat.MachO, binary.Arch == "arm");
        var context = new SnapshotContext(binary.File, binary.Member, options with { DebugInfo = options.DebugInfo with { SearchSeparateFiles = false } }, budget, 0);
        var surface = DwarfSurfaceReader.Build(sections, null, "explicit", debugFileName, binary.Exports, matching, context, bag, supplementary);

        // A debug file of the right build id whose every unit is unreadable gives no surface: an
        // empty one would count as paired and shut out the real debug file uploaded after it.
        if (surface.Evidence.Units == 0)
        {
            bag.Warning(DiagnosticCodes.DwarfBadDebugFile, null, $"Debug file {debugFileName}: no compilation unit of its debug info could be read; not used.");
            return result with { Diagnostics = bag.ToList() };
        }

        return result with { Abi = surface, Diagnostics = bag.ToList() };
    }

    /// <summary>
    /// objcopy --only-keep-debug and eu-strip -f keep every section header but turn the contents of
    /// allocated sections into SHT_NOBITS, all but the notes (the build id): a file with no
    /// allocated bytes but notes has no code to run, only debug info for a binary elsewhere.
    /// </summary>
    private static bool IsDebugOnly(ElfFile elf)
        => !elf.Sections.Any(s => (s.Flags & ElfConstants.SHF_ALLOC) != 0 && s.Type is not (ElfConstants.SHT_NOBITS or ElfConstants.SHT_NOTE));

    private static bool HasDebugSections(ElfFile elf)
        => elf.Sections.Any(s => s.Type != ElfConstants.SHT_NOBITS && s.Name is ".debug_info" or ".zdebug_info" or ".debug_types");
}

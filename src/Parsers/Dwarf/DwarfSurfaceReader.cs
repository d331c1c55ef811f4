using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.MachO;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Where a binary's debug info lives, and the ABI surface read from it: embedded sections first;
/// else (top-level files only) an explicit debug file, a build-id file under the debug roots, a
/// <c>.gnu_debuglink</c> file (CRC checked) or a dSYM companion; plus the DWZ supplementary file
/// a debug file links to. Problems become diagnostics on the binary's snapshot.
/// </summary>
internal static class DwarfSurfaceReader
{
    public static AbiSurface? ForElf(ElfFile file, ReadOnlyMemory<byte> data, IReadOnlyList<SnapshotExport> exports, SnapshotContext context, DiagnosticBag bag)
    {
        var options = context.Options.DebugInfo;
        if (!options.Read)
        {
            return null;
        }

        var matching = new ExportMatching(file.Header.Type == ElfConstants.ET_REL, LeadingUnderscore: false, ThumbBit: file.Header.Machine == 40);
        var sections = ElfDwarfLoader.Load(file, data, context.Limits, bag);
        if (sections.HasDebugInfo)
        {
            return Build(sections, context.Path, "embedded", null, exports, matching, context, bag);
        }

        if (context.Depth > 0)
        {
            return null;
        }

        using var separate = FindSeparate(sections, file.BuildId, machO: false, context, bag, out string source);
        return separate is null ? null : Build(separate.Sections, separate.Path, source, separate.Name, exports, matching, context, bag);
    }

    public static AbiSurface? ForMachO(MachOFile file, ReadOnlyMemory<byte> data, IReadOnlyList<SnapshotExport> exports, SnapshotContext context, DiagnosticBag bag)
    {
        var options = context.Options.DebugInfo;
        if (!options.Read)
        {
            return null;
        }

        var matching = new ExportMatching(file.FileType == MachOConstants.MH_OBJECT, LeadingUnderscore: true, ThumbBit: false);
        var sections = MachODwarfLoader.Load(file, data, bag);
        if (sections.HasDebugInfo)
        {
            return Build(sections, context.Path, "embedded", null, exports, matching, context, bag);
        }

        // Fat slices are read with the universal file's path, so their dSYM slices can be found.
        if (context.Depth > 0 && context.Path is null)
        {
            return null;
        }

        using var separate = FindSeparate(sections, file.Uuid, machO: true, context, bag, out string source);
        return separate is null ? null : Build(separate.Sections, separate.Path, source, separate.Name, exports, matching, context, bag);
    }

    /// <summary>Builds the surface from loaded sections, with the supplementary file when they link to one.</summary>
    internal static AbiSurface Build(DwarfSections sections, string? path, string source, string? debugFile, IReadOnlyList<SnapshotExport> exports, ExportMatching matching, SnapshotContext context, DiagnosticBag bag, ReadOnlyMemory<byte> supplementary = default)
    {
        var limits = context.Limits;
        using var sup = FindSupplementary(sections, path, context.Options.DebugInfo, supplementary, limits, bag);
        bool missing = sections.AltLink is not null && sup is null;
        if (missing)
        {
            bag.Warning(DiagnosticCodes.DwarfSupplementaryFileMissing, null, $"The debug info refers to the DWZ supplementary file {sections.AltLink}, which was not found; types kept there are unknown.");
        }

        // Caps scale with the larger of the binary and the file holding its debug info (a stripped
        // library's separate debug file is many times its size).
        var budget = new DwarfBudget(limits, Math.Max(context.Budget.InputLength, Math.Max(sections.FileLength, sup?.Sections.FileLength ?? 0)), bag);
        var main = new DwarfFile(sections, isSupplementary: false, bag);
        var supFile = sup is null ? null : new DwarfFile(sup.Sections, isSupplementary: true, bag);
        var dwarf = new DwarfContext(main, supFile, budget, bag);
        var evidence = new AbiEvidence
        {
            Source = source,
            DebugFile = debugFile,
            SupplementaryFile = sup?.Name,
            Partial = missing,
        };
        return new AbiSurfaceBuilder(dwarf, exports, matching).Build(evidence);
    }

    /// <summary>The separate debug file for a binary without debug sections, or null (reported when the binary names one that is not found).</summary>
    private static DebugFile? FindSeparate(DwarfSections sections, string? buildId, bool machO, SnapshotContext context, DiagnosticBag bag, out string source)
    {
        var options = context.Options.DebugInfo;
        var limits = context.Limits;
        source = "explicit";
        if (options.DebugFile is { } explicitPath)
        {
            var file = DebugFile.Open(explicitPath, buildId, limits, bag);
            if (file is null)
            {
                bag.Warning(DiagnosticCodes.DwarfDebugFileNotFound, null, $"The debug file {explicitPath} does not exist or cannot be read.");
            }

            return Checked(file, buildId, bag);
        }

        if (!options.SearchSeparateFiles)
        {
            return null;
        }

        var locator = new DebugFileLocator(options, context.Path);
        if (buildId is not null)
        {
            source = machO ? "dsym" : "build-id";
            foreach (string candidate in machO ? locator.DsymPaths() : locator.BuildIdPaths(buildId))
            {
                if (Checked(DebugFile.Open(candidate, buildId, limits, bag), buildId, bag) is { } found)
                {
                    return found;
                }
            }
        }

        if (sections.DebugLink is { } link)
        {
            source = "debuglink";
            foreach (string candidate in locator.DebugLinkPaths(link))
            {
                if (!File.Exists(candidate))
                {
                    continue;
                }

                if (DebugFile.Open(candidate, buildId, limits, bag) is not { } file)
                {
                    continue;
                }

                if (!locator.CrcMatches(candidate, sections.DebugLinkCrc))
                {
                    bag.Warning(DiagnosticCodes.DwarfDebugLinkCrcMismatch, null, $"{candidate} has another CRC-32 than .gnu_debuglink states (0x{sections.DebugLinkCrc:x8}); not used.");
                    file.Dispose();
                    continue;
                }

                if (Checked(file, buildId, bag) is { } found)
                {
                    return found;
                }
            }

            bag.Info(DiagnosticCodes.DwarfDebugFileNotFound, null, $"The separate debug file {link} named by .gnu_debuglink was not found.");
        }

        return null;
    }

    /// <summary>A debug file is used only when it has debug info and, where both have one, the binary's build id.</summary>
    private static DebugFile? Checked(DebugFile? file, string? buildId, DiagnosticBag bag)
    {
        if (file is null)
        {
            return null;
        }

        if (buildId is not null && file.Sections.BuildId is { } other && !string.Equals(other, buildId, StringComparison.OrdinalIgnoreCase))
        {
            bag.Warning(DiagnosticCodes.DwarfDebugFileMismatch, null, $"Debug file {file.Name} has build id {other}, not the binary's {buildId}; not used.");
            file.Dispose();
            return null;
        }

        if (!file.Sections.HasDebugInfo)
        {
            bag.Warning(DiagnosticCodes.DwarfBadDebugFile, null, $"Debug file {file.Name} carries no debug info.");
            file.Dispose();
            return null;
        }

        return file;
    }

    /// <summary>
    /// The DWZ supplementary file: given bytes, the configured path, the link's path (absolute, or
    /// relative to the debug file's folder), or by its build id under the debug roots.
    /// </summary>
    private static DebugFile? FindSupplementary(DwarfSections sections, string? path, DebugInfoOptions options, ReadOnlyMemory<byte> given, ParseLimits limits, DiagnosticBag bag)
    {
        if (sections.AltLink is not { } link)
        {
            return null;
        }

        if (!given.IsEmpty)
        {
            return SupplementaryChecked(DebugFile.FromMemory(given, Path.GetFileName(link), null, limits, bag), sections, bag);
        }

        if (options.SupplementaryFile is { } configured)
        {
            return SupplementaryChecked(DebugFile.Open(configured, null, limits, bag), sections, bag);
        }

        if (!options.SearchSeparateFiles)
        {
            return null;
        }

        var locator = new DebugFileLocator(options, path);
        foreach (string candidate in locator.SupplementaryPaths(link, sections.AltLinkBuildId))
        {
            if (SupplementaryChecked(DebugFile.Open(candidate, null, limits, bag), sections, bag) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static DebugFile? SupplementaryChecked(DebugFile? file, DwarfSections main, DiagnosticBag bag)
    {
        if (file is null)
        {
            return null;
        }

        // .gnu_debugaltlink carries the supplementary file's build id; .debug_sup a checksum we do not recompute.
        if (main.AltLinkBuildId is { } id && file.Sections.BuildId is { } other && !string.Equals(id, other, StringComparison.OrdinalIgnoreCase)
            && !file.Sections.IsSupplementary)
        {
            bag.Warning(DiagnosticCodes.DwarfSupplementaryFileMissing, null, $"Supplementary file {file.Name} has build id {other}, not {id}; not used.");
            file.Dispose();
            return null;
        }

        return file;
    }
}

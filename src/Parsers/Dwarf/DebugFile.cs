using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Detection;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.MachO;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// A separate file holding debug info (an ELF debug file, a dSYM's Mach-O, a DWZ supplementary
/// file), open while its sections are in use. Loading never throws: an unreadable file is a
/// diagnostic and null.
/// </summary>
internal sealed class DebugFile : IDisposable
{
    private readonly BinaryInput? _input;

    private DebugFile(BinaryInput? input, DwarfSections sections, string name, string? path)
    {
        _input = input;
        Sections = sections;
        Name = name;
        Path = path;
    }

    public DwarfSections Sections { get; }

    /// <summary>File name (no folder), as the evidence records it.</summary>
    public string Name { get; }

    /// <summary>Full path when read from disk (supplementary files are looked for beside it).</summary>
    public string? Path { get; }

    /// <summary>Opens and loads a file from disk; null when it does not exist (silently) or cannot be read (reported).</summary>
    public static DebugFile? Open(string path, string? uuid, ParseLimits limits, DiagnosticBag bag)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        BinaryInput input;
        try
        {
            input = BinaryInput.OpenFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BinaryFormatException)
        {
            bag.Warning(DiagnosticCodes.DwarfBadDebugFile, null, $"Debug file {path} could not be read: {ex.Message}");
            return null;
        }

        var loaded = Load(input.Memory, System.IO.Path.GetFileName(path), uuid, limits, bag);
        if (loaded is null)
        {
            input.Dispose();
            return null;
        }

        return new DebugFile(input, loaded, System.IO.Path.GetFileName(path), System.IO.Path.GetFullPath(path));
    }

    /// <summary>Loads bytes already in memory (an upload); the caller keeps them alive while the result is used.</summary>
    public static DebugFile? FromMemory(ReadOnlyMemory<byte> data, string name, string? uuid, ParseLimits limits, DiagnosticBag bag)
        => Load(data, name, uuid, limits, bag) is { } sections ? new DebugFile(null, sections, name, null) : null;

    /// <summary>
    /// The debug sections of an ELF or Mach-O file; for a universal (fat) dSYM, of the slice whose
    /// LC_UUID is <paramref name="uuid"/> (or the only slice).
    /// </summary>
    internal static DwarfSections? Load(ReadOnlyMemory<byte> data, string name, string? uuid, ParseLimits limits, DiagnosticBag bag)
    {
        switch (FormatDetector.Detect(data.Span))
        {
            case DetectedFormat.Elf when ElfFile.TryRead(data, out var elf, out _, limits):
                return ElfDwarfLoader.Load(elf!, data, limits, new DiagnosticBag(ParseBudget.For(limits, data.Length)));
            case DetectedFormat.MachO when MachOFile.TryRead(data.Span, out var macho, out _, limits):
                return MachODwarfLoader.Load(macho!, data, new DiagnosticBag(ParseBudget.For(limits, data.Length)));
            case DetectedFormat.Fat when BinaryFormatException.TryRead(data.Span, limits, FatFile.Read, out var fat, out _):
                foreach (var slice in fat.Slices)
                {
                    var bytes = data.Slice((int)slice.offset, (int)slice.size);
                    if (MachOFile.TryRead(bytes.Span, out var thin, out _, limits) && (uuid is null || thin!.Uuid == uuid || fat.Slices.Count == 1))
                    {
                        return MachODwarfLoader.Load(thin!, bytes, new DiagnosticBag(ParseBudget.For(limits, data.Length)));
                    }
                }

                break;
        }

        bag.Warning(DiagnosticCodes.DwarfBadDebugFile, null, $"Debug file {name} is not an ELF or Mach-O file with a matching image.");
        return null;
    }

    public void Dispose() => _input?.Dispose();
}

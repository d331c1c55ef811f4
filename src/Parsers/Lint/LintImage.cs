using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.PE;
using AbiPortal.Parsers.Primitives;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint;

/// <summary>
/// The bytes of a binary as its loader maps them, for the rules that read code and unwind tables:
/// addresses are ELF virtual addresses or PE RVAs (as in <see cref="SnapshotExport.Address"/>), and
/// every read goes through <see cref="ByteReader"/> range checks against the file's bytes.
/// </summary>
internal sealed class LintImage
{
    private readonly CodeRegion[] _regions;

    private LintImage(ReadOnlyMemory<byte> data, CallingAbi abi, CodeRegion[] regions, CodeRegion[] sections, ElfFile? elf)
    {
        Data = data;
        Abi = abi;
        _regions = regions;
        Sections = sections;
        Elf = elf;
    }

    /// <summary>The whole file.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>Which x86-64 convention applies; <see cref="CallingAbi.None"/> for other machines.</summary>
    public CallingAbi Abi { get; }

    /// <summary>Named sections with their addresses (ELF section headers, PE sections).</summary>
    public IReadOnlyList<CodeRegion> Sections { get; }

    /// <summary>The ELF reader, for ELF files (relocations and symbols for the unwind rule).</summary>
    public ElfFile? Elf { get; }

    /// <summary>The image of a shared library or executable read from <paramref name="data"/>; null for other files (objects, archives, Mach-O).</summary>
    public static LintImage? Create(ReadOnlyMemory<byte> data, Snapshot snapshot, ParseLimits limits)
    {
        switch (snapshot.Format)
        {
            case BinaryFormat.Elf when snapshot.Kind != BinaryKind.Object && ElfFile.TryRead(data, out var elf, out _, limits):
                return FromElf(data, elf!);
            case BinaryFormat.PE when PEFile.TryRead(data, out var pe, out _, limits):
                return FromPE(data, pe!);
            default:
                return null;
        }
    }

    private static LintImage FromElf(ReadOnlyMemory<byte> data, ElfFile elf)
    {
        var regions = elf.Segments
            .Where(s => s.Type == ElfConstants.PT_LOAD && s.FileSize > 0)
            .Select(s => new CodeRegion(s.VAddr, s.Offset, s.FileSize, (s.Flags & ElfConstants.PF_X) != 0, null))
            .ToArray();
        var sections = elf.Sections
            .Where(s => s.Addr != 0 && s.Type != ElfConstants.SHT_NOBITS)
            .Select(s => new CodeRegion(s.Addr, s.Offset, s.Size, (s.Flags & ElfConstants.SHF_EXECINSTR) != 0, s.Name))
            .ToArray();
        var abi = elf.Header.Machine == ElfMachines.X86_64 && elf.Header.Is64 ? CallingAbi.SysV : CallingAbi.None;
        return new LintImage(data, abi, regions, sections, elf);
    }

    private static LintImage FromPE(ReadOnlyMemory<byte> data, PEFile pe)
    {
        // A section's raw data may be shorter than its virtual size (the rest is zero-filled):
        // only the raw bytes can hold code.
        var sections = pe.Sections
            .Select(s => new CodeRegion(s.VirtualAddress, s.PointerToRawData, Math.Min(s.SizeOfRawData, s.VirtualSize == 0 ? s.SizeOfRawData : s.VirtualSize), s.IsCode, s.Name))
            .ToArray();
        var abi = pe.Machine == PEMachine.Amd64 ? CallingAbi.Windows : CallingAbi.None;
        return new LintImage(data, abi, sections, sections, null);
    }

    /// <summary>The executable region holding <paramref name="address"/>, if any.</summary>
    public bool TryGetCodeRegion(ulong address, out CodeRegion region)
    {
        foreach (var r in _regions)
        {
            if (r.Executable && r.Contains(address))
            {
                region = r;
                return true;
            }
        }

        region = default;
        return false;
    }

    /// <summary>
    /// The file bytes mapped at <paramref name="address"/>, at most <paramref name="size"/> of them
    /// and no further than the end of its region; false when the address is not mapped from the file.
    /// </summary>
    public bool TryGetBytes(ulong address, ulong size, bool executableOnly, out ReadOnlyMemory<byte> bytes)
    {
        bytes = default;
        foreach (var r in _regions)
        {
            if ((!executableOnly || r.Executable) && r.Contains(address))
            {
                ulong within = address - r.Address;
                ulong length = Math.Min(size, r.Size - within);
                ulong offset = r.FileOffset + within;
                if (offset < r.FileOffset || !new ByteReader(Data.Span).IsValidRange(offset, length) || length > int.MaxValue)
                {
                    return false;
                }

                bytes = Data.Slice((int)offset, (int)length);
                return true;
            }
        }

        return false;
    }

    /// <summary>The name of the section holding <paramref name="address"/>, if any.</summary>
    public string? SectionOf(ulong address)
    {
        foreach (var s in Sections)
        {
            if (s.Contains(address))
            {
                return s.Name;
            }
        }

        return null;
    }

    /// <summary>The named section (first of that name), if present.</summary>
    public bool TryGetSection(string name, out CodeRegion section)
    {
        foreach (var s in Sections)
        {
            if (s.Name == name)
            {
                section = s;
                return true;
            }
        }

        section = default;
        return false;
    }
}

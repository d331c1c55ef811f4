namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// The bytes of one file's debug sections, decompressed and (for relocatable objects) relocated,
/// with what the container says about the debug info: byte order, address size, build id and the
/// links to separate and supplementary debug files. Immutable once loaded.
/// </summary>
internal sealed class DwarfSections
{
    private readonly ReadOnlyMemory<byte>[] _sections = new ReadOnlyMemory<byte>[Enum.GetValues<DwarfSection>().Length];

    public DwarfSections(bool bigEndian, int addressSize)
    {
        BigEndian = bigEndian;
        AddressSize = addressSize;
    }

    /// <summary>Byte order of the container (DWARF uses the object file's).</summary>
    public bool BigEndian { get; }

    /// <summary>Address size of the container, for units whose header cannot say (never in practice; used for pointer sizes).</summary>
    public int AddressSize { get; }

    /// <summary>The container's build id (ELF NT_GNU_BUILD_ID, Mach-O LC_UUID) in the snapshot's spelling.</summary>
    public string? BuildId { get; init; }

    /// <summary><c>.gnu_debuglink</c>: the separate debug file's name.</summary>
    public string? DebugLink { get; init; }

    /// <summary><c>.gnu_debuglink</c>: the CRC-32 of the separate debug file.</summary>
    public uint DebugLinkCrc { get; init; }

    /// <summary><c>.gnu_debugaltlink</c> (or DWARF 5 <c>.debug_sup</c>): the DWZ supplementary file's path.</summary>
    public string? AltLink { get; init; }

    /// <summary><c>.gnu_debugaltlink</c>: the supplementary file's build id (hex), or the <c>.debug_sup</c> checksum.</summary>
    public string? AltLinkBuildId { get; init; }

    /// <summary>True when this file is itself a supplementary file (<c>.debug_sup</c> is_supplementary).</summary>
    public bool IsSupplementary { get; init; }

    /// <summary>True when the debug info came from a relocatable object (addresses are section offsets).</summary>
    public bool Relocatable { get; init; }

    /// <summary>Size of the file the sections were read from: the caps that grow with a file (<see cref="DwarfBudget"/>) scale from it.</summary>
    public long FileLength { get; init; }

    /// <summary>True when the file has units to read.</summary>
    public bool HasDebugInfo => !this[DwarfSection.Info].IsEmpty || !this[DwarfSection.Types].IsEmpty;

    public ReadOnlyMemory<byte> this[DwarfSection section]
    {
        get => _sections[(int)section];
        set => _sections[(int)section] = value;
    }
}

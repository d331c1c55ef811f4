namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// One unit (DWARF 5, 7.5.1; DWARF 2-4 compilation units and DWARF 4 <c>.debug_types</c> type
/// units): its header, its abbreviation table, and the bases its root DIE gives to strx, addrx and
/// the line table. Offsets are offsets into the unit's section.
/// </summary>
internal sealed class DwarfUnit
{
    public required DwarfFile File { get; init; }

    /// <summary><see cref="DwarfSection.Info"/> or <see cref="DwarfSection.Types"/>.</summary>
    public required DwarfSection Section { get; init; }

    /// <summary>Offset of the unit header (unit_length).</summary>
    public required ulong Offset { get; init; }

    /// <summary>Offset just past the unit.</summary>
    public required ulong End { get; init; }

    /// <summary>Offset of the root DIE.</summary>
    public required ulong DieStart { get; init; }

    public required DwarfEncoding Encoding { get; init; }

    /// <summary>DW_UT_* (DWARF 5), or the equivalent for older units (compile, or type for <c>.debug_types</c>).</summary>
    public required byte UnitType { get; init; }

    public required ulong AbbrevOffset { get; init; }

    /// <summary>Type units: type_signature.</summary>
    public ulong TypeSignature { get; init; }

    /// <summary>Type units: type_offset, made absolute (section offset of the type's DIE).</summary>
    public ulong TypeOffset { get; init; }

    public ushort Version => Encoding.Version;

    public DwarfAbbreviationTable? Abbreviations { get; set; }

    /// <summary>Tag of the root DIE (compile_unit, partial_unit, type_unit...), once read.</summary>
    public ushort RootTag { get; set; }

    /// <summary>DW_AT_str_offsets_base (defaults to just past the DWARF 5 contribution header).</summary>
    public ulong StrOffsetsBase { get; set; }

    /// <summary>DW_AT_addr_base (defaults to just past the DWARF 5 contribution header).</summary>
    public ulong AddrBase { get; set; }

    /// <summary>DW_AT_stmt_list, when the root DIE has one.</summary>
    public ulong? StmtList { get; set; }

    /// <summary>DW_AT_comp_dir of the root DIE.</summary>
    public string? CompDir { get; set; }

    /// <summary>File names of the unit's line table, read on first use; empty when it has none or it is malformed.</summary>
    public string?[]? FileNames { get; set; }

    /// <summary>True once the root DIE was read (bases known).</summary>
    public bool RootRead { get; set; }

    /// <summary>The unit's global reference base (<see cref="DwarfRef"/>) for offsets in its section.</summary>
    public ulong Ref(ulong offset) => DwarfRef.Make(File.IsSupplementary, Section == DwarfSection.Types, offset);

    /// <summary>True when <paramref name="offset"/> lies among the unit's DIEs.</summary>
    public bool Contains(ulong offset) => offset >= DieStart && offset < End;

    public bool IsTypeUnit => UnitType is DwarfConstants.DW_UT_type or DwarfConstants.DW_UT_split_type;
}

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// A DIE's global identity as one number: its offset in its section, with the top bits saying
/// which file (the binary's debug info or the DWZ supplementary file) and which section
/// (<c>.debug_info</c> or DWARF 4 <c>.debug_types</c>). Usable as a dictionary key.
/// </summary>
internal static class DwarfRef
{
    private const ulong SupBit = 1UL << 63;
    private const ulong TypesBit = 1UL << 62;
    public const ulong OffsetMask = TypesBit - 1;

    /// <summary>No DIE (the attribute is absent).</summary>
    public const ulong None = ulong.MaxValue;

    /// <summary>The attribute is there but points nowhere readable (damage, or a missing supplementary file).</summary>
    public const ulong Unresolved = ulong.MaxValue - 1;

    public static ulong Make(bool supplementary, bool types, ulong offset)
        => (offset & OffsetMask) | (supplementary ? SupBit : 0) | (types ? TypesBit : 0);

    public static bool IsSupplementary(ulong reference) => (reference & SupBit) != 0;

    public static bool IsTypes(ulong reference) => (reference & TypesBit) != 0;

    public static ulong Offset(ulong reference) => reference & OffsetMask;
}

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// A DIE as read: tag, children flag, where its children start, and the attributes the ABI
/// surface uses, each in its <see cref="DwarfSlot"/>. One instance is reused for many DIEs
/// (<see cref="Clear"/>), so walking a unit allocates nothing per DIE.
/// </summary>
internal sealed class DwarfDie
{
    private readonly DwarfValue[] _values = new DwarfValue[DwarfSlots.Count];
    private ulong _present;

    public DwarfUnit Unit { get; set; } = null!;

    /// <summary>Section offset of the DIE.</summary>
    public ulong Offset { get; set; }

    public ushort Tag { get; set; }

    public bool HasChildren { get; set; }

    /// <summary>Offset just past the DIE's attributes: its first child when it has children, else its next sibling.</summary>
    public ulong Next { get; set; }

    /// <summary>The DIE's global identity (<see cref="DwarfRef"/>).</summary>
    public ulong Ref => Unit.Ref(Offset);

    public bool Has(DwarfSlot slot) => (_present & (1UL << (int)slot)) != 0;

    public DwarfValue this[DwarfSlot slot] => _values[(int)slot];

    public bool TryGet(DwarfSlot slot, out DwarfValue value)
    {
        value = _values[(int)slot];
        return Has(slot);
    }

    public void Set(DwarfSlot slot, DwarfValue value)
    {
        _values[(int)slot] = value;
        _present |= 1UL << (int)slot;
    }

    public void Clear() => _present = 0;

    /// <summary>A flag attribute (DW_FORM_flag or flag_present) that is set.</summary>
    public bool Flag(DwarfSlot slot) => Has(slot) && _values[(int)slot].Value != 0;

    /// <summary>An unsigned constant, or null.</summary>
    public ulong? Unsigned(DwarfSlot slot) => Has(slot) && _values[(int)slot].IsConstant ? _values[(int)slot].Value : null;
}

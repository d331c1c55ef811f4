namespace AbiPortal.Parsers.Dwarf;

/// <summary>What a unit header says about the sizes of its fields: version, address size and offset size (4 for 32-bit DWARF, 8 for 64-bit DWARF).</summary>
internal readonly record struct DwarfEncoding(ushort Version, byte AddressSize, byte OffsetSize)
{
    /// <summary>DW_FORM_ref_addr is address-sized in DWARF 2 and offset-sized from DWARF 3 on (7.5.5).</summary>
    public int RefAddrSize => Version <= 2 ? AddressSize : OffsetSize;
}

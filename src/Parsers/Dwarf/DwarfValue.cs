namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// One attribute value as read, undecoded: its form and one or two numbers whose meaning the form
/// gives. Constants and flags: the value (sdata and implicit_const as two's complement). Addresses:
/// the address, or for addrx forms the index. References: a <see cref="DwarfRef"/> already made
/// absolute, or for ref_sig8 the signature. Strings: the offset into their string section, for strx
/// forms the index, for DW_FORM_string the offset in the unit's section and the length in
/// <see cref="Extra"/>. Blocks and exprloc: the offset of the bytes in the unit's section and the
/// length in <see cref="Extra"/>. data16: the low half (no attribute the surface reads uses it).
/// Sixteen bytes, so that a DIE's slots stay small.
/// </summary>
internal readonly record struct DwarfValue(ushort Form, ulong Value, uint Extra)
{
    public bool IsBlock => Form is DwarfForms.DW_FORM_block or DwarfForms.DW_FORM_block1 or DwarfForms.DW_FORM_block2
        or DwarfForms.DW_FORM_block4 or DwarfForms.DW_FORM_exprloc;

    public bool IsReference => Form is DwarfForms.DW_FORM_ref1 or DwarfForms.DW_FORM_ref2 or DwarfForms.DW_FORM_ref4 or DwarfForms.DW_FORM_ref8
        or DwarfForms.DW_FORM_ref_udata or DwarfForms.DW_FORM_ref_addr or DwarfForms.DW_FORM_ref_sup4 or DwarfForms.DW_FORM_ref_sup8
        or DwarfForms.DW_FORM_GNU_ref_alt;

    /// <summary>Constant forms whose signedness the attribute's meaning decides (data1..data8).</summary>
    public bool IsUnsignedData => Form is DwarfForms.DW_FORM_data1 or DwarfForms.DW_FORM_data2 or DwarfForms.DW_FORM_data4 or DwarfForms.DW_FORM_data8;

    public bool IsConstant => IsUnsignedData || Form is DwarfForms.DW_FORM_udata or DwarfForms.DW_FORM_sdata or DwarfForms.DW_FORM_implicit_const;

    /// <summary>The constant as signed: sdata and implicit_const as stored, other forms sign-extended from their width when <paramref name="signExtend"/>.</summary>
    public long Signed(bool signExtend) => Form switch
    {
        DwarfForms.DW_FORM_sdata or DwarfForms.DW_FORM_implicit_const => unchecked((long)Value),
        DwarfForms.DW_FORM_data1 when signExtend => (sbyte)Value,
        DwarfForms.DW_FORM_data2 when signExtend => (short)Value,
        DwarfForms.DW_FORM_data4 when signExtend => (int)Value,
        _ => unchecked((long)Value),
    };
}

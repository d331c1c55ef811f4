namespace AbiPortal.Parsers.Dwarf;

/// <summary>Sizes of attribute values by form (DWARF 5, 7.5.5 and 7.5.6).</summary>
internal static class DwarfFormSizes
{
    /// <summary>The size of a value of <paramref name="form"/>, or -1 when it varies (LEB128, strings, blocks, indirect) or the form is unknown.</summary>
    public static int Fixed(ushort form, DwarfEncoding e) => form switch
    {
        DwarfForms.DW_FORM_addr => e.AddressSize,
        DwarfForms.DW_FORM_data1 or DwarfForms.DW_FORM_ref1 or DwarfForms.DW_FORM_flag or DwarfForms.DW_FORM_strx1 or DwarfForms.DW_FORM_addrx1 => 1,
        DwarfForms.DW_FORM_data2 or DwarfForms.DW_FORM_ref2 or DwarfForms.DW_FORM_strx2 or DwarfForms.DW_FORM_addrx2 => 2,
        DwarfForms.DW_FORM_strx3 or DwarfForms.DW_FORM_addrx3 => 3,
        DwarfForms.DW_FORM_data4 or DwarfForms.DW_FORM_ref4 or DwarfForms.DW_FORM_ref_sup4 or DwarfForms.DW_FORM_strx4 or DwarfForms.DW_FORM_addrx4 => 4,
        DwarfForms.DW_FORM_data8 or DwarfForms.DW_FORM_ref8 or DwarfForms.DW_FORM_ref_sig8 or DwarfForms.DW_FORM_ref_sup8 => 8,
        DwarfForms.DW_FORM_data16 => 16,
        DwarfForms.DW_FORM_strp or DwarfForms.DW_FORM_sec_offset or DwarfForms.DW_FORM_line_strp or DwarfForms.DW_FORM_strp_sup
            or DwarfForms.DW_FORM_GNU_ref_alt or DwarfForms.DW_FORM_GNU_strp_alt => e.OffsetSize,
        DwarfForms.DW_FORM_ref_addr => e.RefAddrSize,
        DwarfForms.DW_FORM_flag_present or DwarfForms.DW_FORM_implicit_const => 0,
        _ => -1,
    };

    /// <summary>True for every form this reader can read or skip.</summary>
    public static bool IsKnown(ushort form) => form is >= DwarfForms.DW_FORM_addr and <= DwarfForms.DW_FORM_addrx4 and not 0x02
        or DwarfForms.DW_FORM_GNU_addr_index or DwarfForms.DW_FORM_GNU_str_index or DwarfForms.DW_FORM_GNU_ref_alt or DwarfForms.DW_FORM_GNU_strp_alt;
}

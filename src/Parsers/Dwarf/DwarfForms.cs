namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Attribute form encodings (DWARF 5, section 7.5.6, figure 21 "Attribute form encodings"), with
/// the GNU forms of split DWARF and DWZ supplementary files.
/// </summary>
internal static class DwarfForms
{
    public const ushort DW_FORM_addr = 0x01;
    public const ushort DW_FORM_block2 = 0x03;
    public const ushort DW_FORM_block4 = 0x04;
    public const ushort DW_FORM_data2 = 0x05;
    public const ushort DW_FORM_data4 = 0x06;
    public const ushort DW_FORM_data8 = 0x07;
    public const ushort DW_FORM_string = 0x08;
    public const ushort DW_FORM_block = 0x09;
    public const ushort DW_FORM_block1 = 0x0a;
    public const ushort DW_FORM_data1 = 0x0b;
    public const ushort DW_FORM_flag = 0x0c;
    public const ushort DW_FORM_sdata = 0x0d;
    public const ushort DW_FORM_strp = 0x0e;
    public const ushort DW_FORM_udata = 0x0f;
    public const ushort DW_FORM_ref_addr = 0x10;
    public const ushort DW_FORM_ref1 = 0x11;
    public const ushort DW_FORM_ref2 = 0x12;
    public const ushort DW_FORM_ref4 = 0x13;
    public const ushort DW_FORM_ref8 = 0x14;
    public const ushort DW_FORM_ref_udata = 0x15;
    public const ushort DW_FORM_indirect = 0x16;
    public const ushort DW_FORM_sec_offset = 0x17;
    public const ushort DW_FORM_exprloc = 0x18;
    public const ushort DW_FORM_flag_present = 0x19;
    public const ushort DW_FORM_strx = 0x1a;
    public const ushort DW_FORM_addrx = 0x1b;
    public const ushort DW_FORM_ref_sup4 = 0x1c;
    public const ushort DW_FORM_strp_sup = 0x1d;
    public const ushort DW_FORM_data16 = 0x1e;
    public const ushort DW_FORM_line_strp = 0x1f;
    public const ushort DW_FORM_ref_sig8 = 0x20;
    public const ushort DW_FORM_implicit_const = 0x21;
    public const ushort DW_FORM_loclistx = 0x22;
    public const ushort DW_FORM_rnglistx = 0x23;
    public const ushort DW_FORM_ref_sup8 = 0x24;
    public const ushort DW_FORM_strx1 = 0x25;
    public const ushort DW_FORM_strx2 = 0x26;
    public const ushort DW_FORM_strx3 = 0x27;
    public const ushort DW_FORM_strx4 = 0x28;
    public const ushort DW_FORM_addrx1 = 0x29;
    public const ushort DW_FORM_addrx2 = 0x2a;
    public const ushort DW_FORM_addrx3 = 0x2b;
    public const ushort DW_FORM_addrx4 = 0x2c;

    // GNU extensions: pre-standard split DWARF (Fission) and DWZ (.gnu_debugaltlink).
    public const ushort DW_FORM_GNU_addr_index = 0x1f01;
    public const ushort DW_FORM_GNU_str_index = 0x1f02;
    public const ushort DW_FORM_GNU_ref_alt = 0x1f20;
    public const ushort DW_FORM_GNU_strp_alt = 0x1f21;
}

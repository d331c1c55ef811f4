namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Attribute names (DWARF 5, section 7.5.4, figure 20 "Attribute encodings") that the ABI surface
/// reads, plus the GNU and MIPS ones compilers still emit. Attributes not listed here are skipped
/// by their form alone, which every form allows.
/// </summary>
internal static class DwarfAttributes
{
    public const ushort DW_AT_sibling = 0x01;
    public const ushort DW_AT_location = 0x02;
    public const ushort DW_AT_name = 0x03;
    public const ushort DW_AT_byte_size = 0x0b;
    public const ushort DW_AT_bit_offset = 0x0c;
    public const ushort DW_AT_bit_size = 0x0d;
    public const ushort DW_AT_stmt_list = 0x10;
    public const ushort DW_AT_low_pc = 0x11;
    public const ushort DW_AT_high_pc = 0x12;
    public const ushort DW_AT_language = 0x13;
    public const ushort DW_AT_import = 0x18;
    public const ushort DW_AT_comp_dir = 0x1b;
    public const ushort DW_AT_const_value = 0x1c;
    public const ushort DW_AT_containing_type = 0x1d;
    public const ushort DW_AT_inline = 0x20;
    public const ushort DW_AT_lower_bound = 0x22;
    public const ushort DW_AT_producer = 0x25;
    public const ushort DW_AT_prototyped = 0x27;
    public const ushort DW_AT_upper_bound = 0x2f;
    public const ushort DW_AT_abstract_origin = 0x31;
    public const ushort DW_AT_accessibility = 0x32;
    public const ushort DW_AT_artificial = 0x34;
    public const ushort DW_AT_calling_convention = 0x36;
    public const ushort DW_AT_count = 0x37;
    public const ushort DW_AT_data_member_location = 0x38;
    public const ushort DW_AT_decl_file = 0x3a;
    public const ushort DW_AT_decl_line = 0x3b;
    public const ushort DW_AT_declaration = 0x3c;
    public const ushort DW_AT_encoding = 0x3e;
    public const ushort DW_AT_external = 0x3f;
    public const ushort DW_AT_specification = 0x47;
    public const ushort DW_AT_type = 0x49;
    public const ushort DW_AT_virtuality = 0x4c;
    public const ushort DW_AT_vtable_elem_location = 0x4d;
    public const ushort DW_AT_entry_pc = 0x52;
    public const ushort DW_AT_ranges = 0x55;
    public const ushort DW_AT_signature = 0x69;
    public const ushort DW_AT_data_bit_offset = 0x6b;
    public const ushort DW_AT_enum_class = 0x6d;
    public const ushort DW_AT_linkage_name = 0x6e;
    public const ushort DW_AT_str_offsets_base = 0x72;
    public const ushort DW_AT_addr_base = 0x73;
    public const ushort DW_AT_rnglists_base = 0x74;
    public const ushort DW_AT_dwo_name = 0x76;
    public const ushort DW_AT_noreturn = 0x87;
    public const ushort DW_AT_alignment = 0x88;
    public const ushort DW_AT_loclists_base = 0x8c;

    // Vendor extensions.
    public const ushort DW_AT_MIPS_linkage_name = 0x2007;
    public const ushort DW_AT_GNU_vector = 0x2107;
    public const ushort DW_AT_GNU_dwo_name = 0x2130;
    public const ushort DW_AT_GNU_addr_base = 0x2133;
}

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Debugging information entry tags (DWARF 5, section 7.5.4, figure 18 "Tag encodings"), with the
/// GNU extensions gcc emits, under the specification's own names.
/// </summary>
internal static class DwarfTags
{
    public const ushort DW_TAG_array_type = 0x01;
    public const ushort DW_TAG_class_type = 0x02;
    public const ushort DW_TAG_entry_point = 0x03;
    public const ushort DW_TAG_enumeration_type = 0x04;
    public const ushort DW_TAG_formal_parameter = 0x05;
    public const ushort DW_TAG_imported_declaration = 0x08;
    public const ushort DW_TAG_label = 0x0a;
    public const ushort DW_TAG_lexical_block = 0x0b;
    public const ushort DW_TAG_member = 0x0d;
    public const ushort DW_TAG_pointer_type = 0x0f;
    public const ushort DW_TAG_reference_type = 0x10;
    public const ushort DW_TAG_compile_unit = 0x11;
    public const ushort DW_TAG_string_type = 0x12;
    public const ushort DW_TAG_structure_type = 0x13;
    public const ushort DW_TAG_subroutine_type = 0x15;
    public const ushort DW_TAG_typedef = 0x16;
    public const ushort DW_TAG_union_type = 0x17;
    public const ushort DW_TAG_unspecified_parameters = 0x18;
    public const ushort DW_TAG_variant = 0x19;
    public const ushort DW_TAG_common_block = 0x1a;
    public const ushort DW_TAG_common_inclusion = 0x1b;
    public const ushort DW_TAG_inheritance = 0x1c;
    public const ushort DW_TAG_inlined_subroutine = 0x1d;
    public const ushort DW_TAG_module = 0x1e;
    public const ushort DW_TAG_ptr_to_member_type = 0x1f;
    public const ushort DW_TAG_set_type = 0x20;
    public const ushort DW_TAG_subrange_type = 0x21;
    public const ushort DW_TAG_with_stmt = 0x22;
    public const ushort DW_TAG_access_declaration = 0x23;
    public const ushort DW_TAG_base_type = 0x24;
    public const ushort DW_TAG_catch_block = 0x25;
    public const ushort DW_TAG_const_type = 0x26;
    public const ushort DW_TAG_constant = 0x27;
    public const ushort DW_TAG_enumerator = 0x28;
    public const ushort DW_TAG_file_type = 0x29;
    public const ushort DW_TAG_friend = 0x2a;
    public const ushort DW_TAG_namelist = 0x2b;
    public const ushort DW_TAG_namelist_item = 0x2c;
    public const ushort DW_TAG_packed_type = 0x2d;
    public const ushort DW_TAG_subprogram = 0x2e;
    public const ushort DW_TAG_template_type_parameter = 0x2f;
    public const ushort DW_TAG_template_value_parameter = 0x30;
    public const ushort DW_TAG_thrown_type = 0x31;
    public const ushort DW_TAG_try_block = 0x32;
    public const ushort DW_TAG_variant_part = 0x33;
    public const ushort DW_TAG_variable = 0x34;
    public const ushort DW_TAG_volatile_type = 0x35;
    public const ushort DW_TAG_dwarf_procedure = 0x36;
    public const ushort DW_TAG_restrict_type = 0x37;
    public const ushort DW_TAG_interface_type = 0x38;
    public const ushort DW_TAG_namespace = 0x39;
    public const ushort DW_TAG_imported_module = 0x3a;
    public const ushort DW_TAG_unspecified_type = 0x3b;
    public const ushort DW_TAG_partial_unit = 0x3c;
    public const ushort DW_TAG_imported_unit = 0x3d;
    public const ushort DW_TAG_condition = 0x3f;
    public const ushort DW_TAG_shared_type = 0x40;
    public const ushort DW_TAG_type_unit = 0x41;
    public const ushort DW_TAG_rvalue_reference_type = 0x42;
    public const ushort DW_TAG_template_alias = 0x43;
    public const ushort DW_TAG_coarray_type = 0x44;
    public const ushort DW_TAG_generic_subrange = 0x45;
    public const ushort DW_TAG_dynamic_type = 0x46;
    public const ushort DW_TAG_atomic_type = 0x47;
    public const ushort DW_TAG_call_site = 0x48;
    public const ushort DW_TAG_call_site_parameter = 0x49;
    public const ushort DW_TAG_skeleton_unit = 0x4a;
    public const ushort DW_TAG_immutable_type = 0x4b;

    // GNU extensions (gcc).
    public const ushort DW_TAG_GNU_template_template_param = 0x4106;
    public const ushort DW_TAG_GNU_template_parameter_pack = 0x4107;
    public const ushort DW_TAG_GNU_formal_parameter_pack = 0x4108;
    public const ushort DW_TAG_GNU_call_site = 0x4109;
    public const ushort DW_TAG_GNU_call_site_parameter = 0x410a;

    /// <summary>Tags whose children are scopes that can declare exported functions, variables and named types.</summary>
    public static bool IsScope(ushort tag) => tag is DW_TAG_compile_unit or DW_TAG_partial_unit or DW_TAG_type_unit or DW_TAG_namespace
        or DW_TAG_module or DW_TAG_structure_type or DW_TAG_class_type or DW_TAG_union_type or DW_TAG_interface_type;

    /// <summary>struct, class, union and interface types: the aggregates with a layout.</summary>
    public static bool IsAggregate(ushort tag) => tag is DW_TAG_structure_type or DW_TAG_class_type or DW_TAG_union_type or DW_TAG_interface_type;
}

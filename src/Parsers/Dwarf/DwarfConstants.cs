namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Other DWARF 5 encodings (section 7) under their spec names: unit types (7.5.1), base type
/// encodings (7.8), accessibility (7.9), virtuality (7.11), calling conventions (7.15, with the
/// GNU, Borland and LLVM vendor values), line number header content types (7.22) and the few
/// location operations (7.7.1) that give an address or an offset.
/// </summary>
internal static class DwarfConstants
{
    // Unit header unit_type (DWARF 5 only).
    public const byte DW_UT_compile = 0x01;
    public const byte DW_UT_type = 0x02;
    public const byte DW_UT_partial = 0x03;
    public const byte DW_UT_skeleton = 0x04;
    public const byte DW_UT_split_compile = 0x05;
    public const byte DW_UT_split_type = 0x06;

    // DW_AT_encoding.
    public const byte DW_ATE_address = 0x01;
    public const byte DW_ATE_boolean = 0x02;
    public const byte DW_ATE_complex_float = 0x03;
    public const byte DW_ATE_float = 0x04;
    public const byte DW_ATE_signed = 0x05;
    public const byte DW_ATE_signed_char = 0x06;
    public const byte DW_ATE_unsigned = 0x07;
    public const byte DW_ATE_unsigned_char = 0x08;
    public const byte DW_ATE_imaginary_float = 0x09;
    public const byte DW_ATE_packed_decimal = 0x0a;
    public const byte DW_ATE_numeric_string = 0x0b;
    public const byte DW_ATE_edited = 0x0c;
    public const byte DW_ATE_signed_fixed = 0x0d;
    public const byte DW_ATE_unsigned_fixed = 0x0e;
    public const byte DW_ATE_decimal_float = 0x0f;
    public const byte DW_ATE_UTF = 0x10;
    public const byte DW_ATE_UCS = 0x11;
    public const byte DW_ATE_ASCII = 0x12;

    // DW_AT_accessibility.
    public const byte DW_ACCESS_public = 0x01;
    public const byte DW_ACCESS_protected = 0x02;
    public const byte DW_ACCESS_private = 0x03;

    // DW_AT_virtuality.
    public const byte DW_VIRTUALITY_none = 0x00;
    public const byte DW_VIRTUALITY_virtual = 0x01;
    public const byte DW_VIRTUALITY_pure_virtual = 0x02;

    // DW_AT_calling_convention.
    public const byte DW_CC_normal = 0x01;
    public const byte DW_CC_program = 0x02;
    public const byte DW_CC_nocall = 0x03;
    public const byte DW_CC_pass_by_reference = 0x04;
    public const byte DW_CC_pass_by_value = 0x05;
    public const byte DW_CC_GNU_renesas_sh = 0x40;
    public const byte DW_CC_GNU_borland_fastcall_i386 = 0x41;
    public const byte DW_CC_BORLAND_safecall = 0xb0;
    public const byte DW_CC_BORLAND_stdcall = 0xb1;
    public const byte DW_CC_BORLAND_pascal = 0xb2;
    public const byte DW_CC_BORLAND_msfastcall = 0xb3;
    public const byte DW_CC_BORLAND_msreturn = 0xb4;
    public const byte DW_CC_BORLAND_thiscall = 0xb5;
    public const byte DW_CC_BORLAND_fastcall = 0xb6;
    public const byte DW_CC_LLVM_vectorcall = 0xc0;
    public const byte DW_CC_LLVM_Win64 = 0xc1;
    public const byte DW_CC_LLVM_X86_64SysV = 0xc2;
    public const byte DW_CC_LLVM_AAPCS = 0xc3;
    public const byte DW_CC_LLVM_AAPCS_VFP = 0xc4;
    public const byte DW_CC_LLVM_IntelOclBicc = 0xc5;
    public const byte DW_CC_LLVM_SpirFunction = 0xc6;
    public const byte DW_CC_LLVM_OpenCLKernel = 0xc7;
    public const byte DW_CC_LLVM_Swift = 0xc8;
    public const byte DW_CC_LLVM_PreserveMost = 0xc9;
    public const byte DW_CC_LLVM_PreserveAll = 0xca;
    public const byte DW_CC_LLVM_X86RegCall = 0xcb;

    // Line number header entry formats (DWARF 5 directory and file name entries).
    public const ushort DW_LNCT_path = 0x1;
    public const ushort DW_LNCT_directory_index = 0x2;
    public const ushort DW_LNCT_timestamp = 0x3;
    public const ushort DW_LNCT_size = 0x4;
    public const ushort DW_LNCT_MD5 = 0x5;

    // Location operations that name an address or a constant.
    public const byte DW_OP_addr = 0x03;
    public const byte DW_OP_const1u = 0x08;
    public const byte DW_OP_const1s = 0x09;
    public const byte DW_OP_const2u = 0x0a;
    public const byte DW_OP_const2s = 0x0b;
    public const byte DW_OP_const4u = 0x0c;
    public const byte DW_OP_const4s = 0x0d;
    public const byte DW_OP_const8u = 0x0e;
    public const byte DW_OP_const8s = 0x0f;
    public const byte DW_OP_constu = 0x10;
    public const byte DW_OP_consts = 0x11;
    public const byte DW_OP_plus_uconst = 0x23;
    public const byte DW_OP_lit0 = 0x30;
    public const byte DW_OP_lit31 = 0x4f;
    public const byte DW_OP_form_tls_address = 0x9b;
    public const byte DW_OP_addrx = 0xa1;
    public const byte DW_OP_constx = 0xa2;
    public const byte DW_OP_GNU_push_tls_address = 0xe0;
    public const byte DW_OP_GNU_addr_index = 0xfb;
    public const byte DW_OP_GNU_const_index = 0xfc;

    // ELF compression (gABI "Section Compression"): Elf32/64_Chdr.ch_type.
    public const uint ELFCOMPRESS_ZLIB = 1;
    public const uint ELFCOMPRESS_ZSTD = 2;

    /// <summary>sh_flags bit of a compressed section.</summary>
    public const ulong SHF_COMPRESSED = 0x800;
}

namespace AbiPortal.Parsers.Elf;

/// <summary>
/// Constants of the System V gABI (chapter 4, "Object Files") and the GNU extensions (LSB Core,
/// "Symbol Versioning"), under the specification's own names so that code reads like the spec.
/// </summary>
internal static class ElfConstants
{
    // e_ident indexes and values (gABI 4 "ELF Identification").
    public const int EI_CLASS = 4;
    public const int EI_DATA = 5;
    public const int EI_VERSION = 6;
    public const int EI_OSABI = 7;
    public const int EI_ABIVERSION = 8;
    public const int EI_NIDENT = 16;
    public const byte ELFCLASS32 = 1;
    public const byte ELFCLASS64 = 2;
    public const byte ELFDATA2LSB = 1;
    public const byte ELFDATA2MSB = 2;
    public const byte EV_CURRENT = 1;

    // e_type.
    public const ushort ET_REL = 1;
    public const ushort ET_EXEC = 2;
    public const ushort ET_DYN = 3;
    public const ushort ET_CORE = 4;

    // Special section indexes.
    public const ushort SHN_UNDEF = 0;
    public const ushort SHN_LORESERVE = 0xff00;
    public const ushort SHN_ABS = 0xfff1;
    public const ushort SHN_COMMON = 0xfff2;
    public const ushort SHN_XINDEX = 0xffff;

    // sh_flags.
    public const ulong SHF_ALLOC = 0x2;
    public const ulong SHF_EXECINSTR = 0x4;

    // sh_type.
    public const uint SHT_SYMTAB = 2;
    public const uint SHT_STRTAB = 3;
    public const uint SHT_RELA = 4;
    public const uint SHT_DYNAMIC = 6;
    public const uint SHT_NOTE = 7;
    public const uint SHT_NOBITS = 8;
    public const uint SHT_DYNSYM = 11;
    public const uint SHT_SYMTAB_SHNDX = 18;
    public const uint SHT_GNU_verdef = 0x6ffffffd;
    public const uint SHT_GNU_verneed = 0x6ffffffe;
    public const uint SHT_GNU_versym = 0x6fffffff;

    // p_type.
    public const uint PT_LOAD = 1;
    public const uint PT_DYNAMIC = 2;
    public const uint PT_INTERP = 3;
    public const uint PT_NOTE = 4;
    public const uint PT_TLS = 7;
    public const uint PT_GNU_STACK = 0x6474e551;
    public const uint PT_GNU_RELRO = 0x6474e552;

    // p_flags.
    public const uint PF_X = 1;

    // Symbol binding, type and visibility (st_info, st_other).
    public const byte STB_LOCAL = 0;
    public const byte STB_GLOBAL = 1;
    public const byte STB_WEAK = 2;
    public const byte STB_GNU_UNIQUE = 10;
    public const byte STT_NOTYPE = 0;
    public const byte STT_OBJECT = 1;
    public const byte STT_FUNC = 2;
    public const byte STT_SECTION = 3;
    public const byte STT_FILE = 4;
    public const byte STT_COMMON = 5;
    public const byte STT_TLS = 6;
    public const byte STT_GNU_IFUNC = 10;
    public const byte STV_DEFAULT = 0;
    public const byte STV_INTERNAL = 1;
    public const byte STV_HIDDEN = 2;
    public const byte STV_PROTECTED = 3;

    // Dynamic tags (d_tag).
    public const long DT_NULL = 0;
    public const long DT_NEEDED = 1;
    public const long DT_HASH = 4;
    public const long DT_STRTAB = 5;
    public const long DT_SYMTAB = 6;
    public const long DT_STRSZ = 10;
    public const long DT_SYMENT = 11;
    public const long DT_SONAME = 14;
    public const long DT_RPATH = 15;
    public const long DT_BIND_NOW = 24;
    public const long DT_RUNPATH = 29;
    public const long DT_FLAGS = 30;
    public const long DT_FLAGS_1 = 0x6ffffffb;
    public const long DT_GNU_HASH = 0x6ffffef5;
    public const long DT_VERSYM = 0x6ffffff0;
    public const long DT_VERDEF = 0x6ffffffc;
    public const long DT_VERDEFNUM = 0x6ffffffd;
    public const long DT_VERNEED = 0x6ffffffe;
    public const long DT_VERNEEDNUM = 0x6fffffff;
    public const ulong DF_1_NOW = 0x00000001;
    public const ulong DF_1_PIE = 0x08000000;

    // DT_FLAGS values (gABI 5 "Dynamic Section").
    public const ulong DF_BIND_NOW = 0x8;
    public const ulong DF_STATIC_TLS = 0x10;

    // Symbol versioning (LSB Core "Symbol Versioning").
    public const ushort VER_NDX_LOCAL = 0;
    public const ushort VER_NDX_GLOBAL = 1;
    public const ushort VERSYM_HIDDEN = 0x8000;
    public const ushort VERSYM_VERSION = 0x7fff;
    public const ushort VER_FLG_BASE = 1;
    public const ushort VER_FLG_WEAK = 2;

    // Notes.
    public const uint NT_GNU_BUILD_ID = 3;
    public const uint NT_GNU_PROPERTY_TYPE_0 = 5;

    // GNU program properties (Linux Extensions to gABI, "Program Property"; x86-64 psABI and
    // AArch64 ELF ABI for the processor-specific ones). The *_FEATURE_1_AND words hold the
    // features every input object was compiled with.
    public const uint GNU_PROPERTY_AARCH64_FEATURE_1_AND = 0xc0000000;
    public const uint GNU_PROPERTY_AARCH64_FEATURE_1_BTI = 1;
    public const uint GNU_PROPERTY_AARCH64_FEATURE_1_PAC = 2;
    public const uint GNU_PROPERTY_X86_FEATURE_1_AND = 0xc0000002;
    public const uint GNU_PROPERTY_X86_FEATURE_1_IBT = 1;
    public const uint GNU_PROPERTY_X86_FEATURE_1_SHSTK = 2;
}

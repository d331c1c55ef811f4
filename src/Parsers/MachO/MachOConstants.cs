namespace AbiPortal.Parsers.MachO;

/// <summary>Numeric constants from mach-o/loader.h, mach-o/nlist.h and mach-o/fat.h, under their spec names.</summary>
internal static class MachOConstants
{
    public const uint MH_MAGIC = 0xFEEDFACE;
    public const uint MH_MAGIC_64 = 0xFEEDFACF;

    /// <summary>MH_MAGIC as read in the wrong byte order: a big-endian (PowerPC) image read little-endian.</summary>
    public const uint MH_CIGAM = 0xCEFAEDFE;

    /// <summary>MH_MAGIC_64 as read in the wrong byte order.</summary>
    public const uint MH_CIGAM_64 = 0xCFFAEDFE;
    public const uint FAT_MAGIC = 0xCAFEBABE;
    public const uint FAT_MAGIC_64 = 0xCAFEBABF;

    public const uint MH_OBJECT = 0x1;
    public const uint MH_EXECUTE = 0x2;
    public const uint MH_FVMLIB = 0x3;
    public const uint MH_CORE = 0x4;
    public const uint MH_PRELOAD = 0x5;
    public const uint MH_DYLIB = 0x6;
    public const uint MH_DYLINKER = 0x7;
    public const uint MH_BUNDLE = 0x8;
    public const uint MH_DYLIB_STUB = 0x9;
    public const uint MH_DSYM = 0xA;
    public const uint MH_KEXT_BUNDLE = 0xB;

    /// <summary>mach_header flags: the image uses two-level namespace bindings.</summary>
    public const uint MH_TWOLEVEL = 0x80;

    /// <summary>mach_header flags: the executable may be loaded at a random address (position-independent).</summary>
    public const uint MH_PIE = 0x200000;

    /// <summary>mach_header flags: every thread stack is executable.</summary>
    public const uint MH_ALLOW_STACK_EXECUTION = 0x20000;

    public const uint LC_REQ_DYLD = 0x80000000;
    public const uint LC_SEGMENT = 0x1;
    public const uint LC_SYMTAB = 0x2;
    public const uint LC_DYSYMTAB = 0xB;
    public const uint LC_LOAD_DYLIB = 0xC;
    public const uint LC_ID_DYLIB = 0xD;
    public const uint LC_LOAD_WEAK_DYLIB = 0x18 | LC_REQ_DYLD;
    public const uint LC_SEGMENT_64 = 0x19;
    public const uint LC_UUID = 0x1B;
    public const uint LC_RPATH = 0x1C | LC_REQ_DYLD;
    public const uint LC_REEXPORT_DYLIB = 0x1F | LC_REQ_DYLD;
    public const uint LC_LAZY_LOAD_DYLIB = 0x20;
    public const uint LC_DYLD_INFO = 0x22;
    public const uint LC_DYLD_INFO_ONLY = 0x22 | LC_REQ_DYLD;
    public const uint LC_LOAD_UPWARD_DYLIB = 0x23 | LC_REQ_DYLD;
    public const uint LC_VERSION_MIN_MACOSX = 0x24;
    public const uint LC_VERSION_MIN_IPHONEOS = 0x25;
    public const uint LC_MAIN = 0x28 | LC_REQ_DYLD;
    public const uint LC_VERSION_MIN_TVOS = 0x2F;
    public const uint LC_VERSION_MIN_WATCHOS = 0x30;
    public const uint LC_BUILD_VERSION = 0x32;
    public const uint LC_DYLD_EXPORTS_TRIE = 0x33 | LC_REQ_DYLD;

    // nlist n_type bits.
    public const byte N_STAB = 0xE0;
    public const byte N_PEXT = 0x10;
    public const byte N_TYPE = 0x0E;
    public const byte N_EXT = 0x01;
    public const byte N_UNDF = 0x0;
    public const byte N_ABS = 0x2;
    public const byte N_INDR = 0xA;
    public const byte N_PBUD = 0xC;
    public const byte N_SECT = 0xE;

    // nlist n_desc bits.
    public const ushort N_WEAK_REF = 0x0040;
    public const ushort N_WEAK_DEF = 0x0080;

    // Special two-level-namespace library ordinals (GET_LIBRARY_ORDINAL).
    public const int SELF_LIBRARY_ORDINAL = 0x0;
    public const int DYNAMIC_LOOKUP_ORDINAL = 0xFE;
    public const int EXECUTABLE_ORDINAL = 0xFF;

    // Section types and attributes (section.flags).
    public const uint SECTION_TYPE = 0x000000FF;
    public const uint S_ZEROFILL = 0x1;
    public const uint S_THREAD_LOCAL_REGULAR = 0x11;
    public const uint S_THREAD_LOCAL_ZEROFILL = 0x12;
    public const uint S_THREAD_LOCAL_VARIABLES = 0x13;
    public const uint S_ATTR_PURE_INSTRUCTIONS = 0x80000000;
    public const uint S_ATTR_SOME_INSTRUCTIONS = 0x00000400;

    // Export trie flags (EXPORT_SYMBOL_FLAGS_*).
    public const ulong EXPORT_SYMBOL_FLAGS_KIND_MASK = 0x03;
    public const ulong EXPORT_SYMBOL_FLAGS_KIND_REGULAR = 0x00;
    public const ulong EXPORT_SYMBOL_FLAGS_KIND_THREAD_LOCAL = 0x01;
    public const ulong EXPORT_SYMBOL_FLAGS_KIND_ABSOLUTE = 0x02;
    public const ulong EXPORT_SYMBOL_FLAGS_WEAK_DEFINITION = 0x04;
    public const ulong EXPORT_SYMBOL_FLAGS_REEXPORT = 0x08;
    public const ulong EXPORT_SYMBOL_FLAGS_STUB_AND_RESOLVER = 0x10;
    public const ulong EXPORT_SYMBOL_FLAGS_STATIC_RESOLVER = 0x20;

    // CPU types (mach/machine.h).
    public const int CPU_ARCH_ABI64 = 0x01000000;
    public const int CPU_ARCH_ABI64_32 = 0x02000000;
    public const int CPU_TYPE_X86 = 7;
    public const int CPU_TYPE_X86_64 = CPU_TYPE_X86 | CPU_ARCH_ABI64;
    public const int CPU_TYPE_ARM = 12;
    public const int CPU_TYPE_ARM64 = CPU_TYPE_ARM | CPU_ARCH_ABI64;
    public const int CPU_TYPE_ARM64_32 = CPU_TYPE_ARM | CPU_ARCH_ABI64_32;
    public const int CPU_TYPE_POWERPC = 18;
    public const int CPU_TYPE_POWERPC64 = CPU_TYPE_POWERPC | CPU_ARCH_ABI64;
    public const uint CPU_SUBTYPE_MASK = 0xFF000000;
}

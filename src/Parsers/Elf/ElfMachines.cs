namespace AbiPortal.Parsers.Elf;

/// <summary>
/// e_machine values (gABI 4 "ELF Header" and the registry kept with the gABI drafts) with the spec
/// name and the architecture spelling the snapshot uses (as in target triples: <c>x86_64</c>,
/// <c>aarch64</c>, <c>ppc64le</c>). Some spellings depend on class and byte order.
/// </summary>
internal static class ElfMachines
{
    /// <summary>EM_386.</summary>
    public const ushort I386 = 3;

    /// <summary>EM_X86_64.</summary>
    public const ushort X86_64 = 62;

    /// <summary>EM_AARCH64.</summary>
    public const ushort AArch64 = 183;

    /// <summary>EM_RISCV.</summary>
    public const ushort RiscV = 243;

    /// <summary>EM_LOONGARCH.</summary>
    public const ushort LoongArch = 258;

    private static readonly Dictionary<ushort, (string Name, string Arch32, string Arch64)> Machines = new()
    {
        [2] = ("EM_SPARC", "sparc", "sparc64"),
        [3] = ("EM_386", "i386", "i386"),
        [4] = ("EM_68K", "m68k", "m68k"),
        [6] = ("EM_IAMCU", "iamcu", "iamcu"),
        [8] = ("EM_MIPS", "mips", "mips64"),
        [10] = ("EM_MIPS_RS3_LE", "mips", "mips64"),
        [15] = ("EM_PARISC", "hppa", "hppa64"),
        [18] = ("EM_SPARC32PLUS", "sparc", "sparc"),
        [20] = ("EM_PPC", "ppc", "ppc"),
        [21] = ("EM_PPC64", "ppc64", "ppc64"),
        [22] = ("EM_S390", "s390", "s390x"),
        [40] = ("EM_ARM", "arm", "arm"),
        [42] = ("EM_SH", "sh", "sh"),
        [43] = ("EM_SPARCV9", "sparc64", "sparc64"),
        [50] = ("EM_IA_64", "ia64", "ia64"),
        [62] = ("EM_X86_64", "x86_64", "x86_64"),
        [83] = ("EM_AVR", "avr", "avr"),
        [92] = ("EM_OPENRISC", "or1k", "or1k"),
        [94] = ("EM_XTENSA", "xtensa", "xtensa"),
        [105] = ("EM_MSP430", "msp430", "msp430"),
        [164] = ("EM_HEXAGON", "hexagon", "hexagon"),
        [183] = ("EM_AARCH64", "aarch64", "aarch64"),
        [190] = ("EM_CUDA", "cuda", "cuda"),
        [224] = ("EM_AMDGPU", "amdgpu", "amdgpu"),
        [243] = ("EM_RISCV", "riscv32", "riscv64"),
        [247] = ("EM_BPF", "bpf", "bpf"),
        [252] = ("EM_CSKY", "csky", "csky"),
        [258] = ("EM_LOONGARCH", "loongarch32", "loongarch64"),
        [0x9026] = ("EM_ALPHA", "alpha", "alpha"),
    };

    /// <summary>The spec name (<c>EM_X86_64</c>), or null for an unknown machine.</summary>
    public static string? Find(ushort machine) => Machines.TryGetValue(machine, out var m) ? m.Name : null;

    /// <summary>The architecture spelling for this machine, class and byte order; <c>em-N</c> when unknown.</summary>
    public static string Arch(ushort machine, bool is64, bool bigEndian)
    {
        if (!Machines.TryGetValue(machine, out var m))
        {
            return "em-" + machine.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        string arch = is64 ? m.Arch64 : m.Arch32;
        // Byte order is part of the name where both orders ship (PowerPC64 ELFv2 is little endian, MIPS is both; ARM/AArch64 big endian are rare).
        return machine switch
        {
            21 when !bigEndian => "ppc64le",
            8 or 10 when !bigEndian => arch + "el",
            40 when bigEndian => "armeb",
            183 when bigEndian => "aarch64_be",
            _ => arch,
        };
    }

    /// <summary>Name of e_ident[EI_OSABI].</summary>
    public static string OsAbi(byte value) => value switch
    {
        0 => "none",
        1 => "hpux",
        2 => "netbsd",
        3 => "gnu",
        6 => "solaris",
        7 => "aix",
        8 => "irix",
        9 => "freebsd",
        10 => "tru64",
        11 => "modesto",
        12 => "openbsd",
        13 => "openvms",
        14 => "nsk",
        15 => "aros",
        16 => "fenixos",
        17 => "cloudabi",
        64 => "arm-aeabi",
        97 => "arm",
        255 => "standalone",
        _ => "osabi-" + value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

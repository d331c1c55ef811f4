namespace AbiPortal.Parsers.PE;

/// <summary>IMAGE_FILE_MACHINE_* values (PE/COFF spec, "Machine Types") and their common arch spellings.</summary>
internal static class PEMachine
{
    public const ushort Unknown = 0x0, I386 = 0x14C, Amd64 = 0x8664, Arm64 = 0xAA64, Arm64EC = 0xA641, Arm64X = 0xA64E, ArmNT = 0x1C4, Arm = 0x1C0, Thumb = 0x1C2;

    /// <summary>The spec's constant name, as <c>dumpbin</c> and <c>llvm-readobj</c> print it.</summary>
    public static string Name(ushort machine) => machine switch
    {
        Unknown => "IMAGE_FILE_MACHINE_UNKNOWN",
        I386 => "IMAGE_FILE_MACHINE_I386",
        Amd64 => "IMAGE_FILE_MACHINE_AMD64",
        Arm64 => "IMAGE_FILE_MACHINE_ARM64",
        Arm64EC => "IMAGE_FILE_MACHINE_ARM64EC",
        Arm64X => "IMAGE_FILE_MACHINE_ARM64X",
        ArmNT => "IMAGE_FILE_MACHINE_ARMNT",
        Arm => "IMAGE_FILE_MACHINE_ARM",
        Thumb => "IMAGE_FILE_MACHINE_THUMB",
        0x200 => "IMAGE_FILE_MACHINE_IA64",
        0x5032 => "IMAGE_FILE_MACHINE_RISCV32",
        0x5064 => "IMAGE_FILE_MACHINE_RISCV64",
        0x6232 => "IMAGE_FILE_MACHINE_LOONGARCH32",
        0x6264 => "IMAGE_FILE_MACHINE_LOONGARCH64",
        0xEBC => "IMAGE_FILE_MACHINE_EBC",
        _ => $"0x{machine:X4}",
    };

    /// <summary>The arch string shared with ELF (<c>i386</c>, <c>x86_64</c>, <c>aarch64</c>); ARM64EC and ARM64X keep their own names because their code differs from plain ARM64.</summary>
    public static string? Arch(ushort machine) => machine switch
    {
        I386 => "i386",
        Amd64 => "x86_64",
        Arm64 => "aarch64",
        Arm64EC => "arm64ec",
        Arm64X => "arm64x",
        ArmNT or Arm or Thumb => "arm",
        0x200 => "ia64",
        0x5032 => "riscv32",
        0x5064 => "riscv64",
        0x6232 => "loongarch32",
        0x6264 => "loongarch64",
        0xEBC => "ebc",
        _ => null,
    };

    /// <summary>Pointer size in bits for object files and import members, which carry no optional header.</summary>
    public static int? Bits(ushort machine) => machine switch
    {
        I386 or ArmNT or Arm or Thumb or 0x5032 or 0x6232 => 32,
        Amd64 or Arm64 or Arm64EC or Arm64X or 0x200 or 0x5064 or 0x6264 => 64,
        _ => null,
    };
}

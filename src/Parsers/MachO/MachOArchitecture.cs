using System.Globalization;

namespace AbiPortal.Parsers.MachO;

/// <summary>Names CPU types the way Apple's tools (lipo, otool) and the snapshots do.</summary>
internal static class MachOArchitecture
{
    /// <summary>The arch name (<c>x86_64</c>, <c>x86_64h</c>, <c>arm64</c>, <c>arm64e</c>, <c>armv7s</c>...), from mach/machine.h subtypes.</summary>
    public static string Name(int cputype, int cpusubtype)
    {
        int sub = (int)((uint)cpusubtype & ~MachOConstants.CPU_SUBTYPE_MASK);
        return cputype switch
        {
            MachOConstants.CPU_TYPE_X86 => "i386",
            MachOConstants.CPU_TYPE_X86_64 => sub == 8 ? "x86_64h" : "x86_64",
            MachOConstants.CPU_TYPE_ARM64 => sub == 2 ? "arm64e" : "arm64",
            MachOConstants.CPU_TYPE_ARM64_32 => "arm64_32",
            MachOConstants.CPU_TYPE_POWERPC => "ppc",
            MachOConstants.CPU_TYPE_POWERPC64 => "ppc64",
            MachOConstants.CPU_TYPE_ARM => sub switch
            {
                5 => "armv4t",
                6 => "armv6",
                7 => "armv5",
                8 => "xscale",
                9 => "armv7",
                10 => "armv7f",
                11 => "armv7s",
                12 => "armv7k",
                14 => "armv6m",
                15 => "armv7m",
                16 => "armv7em",
                _ => "arm",
            },
            _ => string.Create(CultureInfo.InvariantCulture, $"cpu{cputype:x}_{sub}"),
        };
    }

    /// <summary>The machine as loader.h spells it, for <c>identity.machine</c>.</summary>
    public static string MachineName(int cputype) => cputype switch
    {
        MachOConstants.CPU_TYPE_X86 => "CPU_TYPE_X86",
        MachOConstants.CPU_TYPE_X86_64 => "CPU_TYPE_X86_64",
        MachOConstants.CPU_TYPE_ARM => "CPU_TYPE_ARM",
        MachOConstants.CPU_TYPE_ARM64 => "CPU_TYPE_ARM64",
        MachOConstants.CPU_TYPE_ARM64_32 => "CPU_TYPE_ARM64_32",
        MachOConstants.CPU_TYPE_POWERPC => "CPU_TYPE_POWERPC",
        MachOConstants.CPU_TYPE_POWERPC64 => "CPU_TYPE_POWERPC64",
        _ => string.Create(CultureInfo.InvariantCulture, $"0x{cputype:x}"),
    };

    /// <summary>Platform names of LC_BUILD_VERSION (PLATFORM_* in loader.h).</summary>
    public static string PlatformName(uint platform) => platform switch
    {
        1 => "macos",
        2 => "ios",
        3 => "tvos",
        4 => "watchos",
        5 => "bridgeos",
        6 => "maccatalyst",
        7 => "iossimulator",
        8 => "tvossimulator",
        9 => "watchossimulator",
        10 => "driverkit",
        11 => "visionos",
        12 => "visionossimulator",
        _ => string.Create(CultureInfo.InvariantCulture, $"platform{platform}"),
    };

    /// <summary>A dylib version packed xxxx.yy.zz, always three parts as otool -L prints it.</summary>
    public static string DylibVersion(uint v) => string.Create(CultureInfo.InvariantCulture, $"{v >> 16}.{(v >> 8) & 0xFF}.{v & 0xFF}");

    /// <summary>An OS or SDK version packed xxxx.yy.zz, as otool prints it (the patch only when non-zero).</summary>
    public static string OSVersion(uint v)
        => (v & 0xFF) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{v >> 16}.{(v >> 8) & 0xFF}")
            : DylibVersion(v);
}

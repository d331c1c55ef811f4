namespace AbiPortal.Parsers.PE;

/// <summary>Names for IMAGE_SUBSYSTEM_*, IMAGE_FILE_* and IMAGE_DLLCHARACTERISTICS_* values (PE/COFF spec, "Windows Subsystem", "Characteristics", "DLL Characteristics").</summary>
internal static class PEFlagNames
{
    public static string Subsystem(ushort value) => value switch
    {
        0 => "unknown",
        1 => "native",
        2 => "windows-gui",
        3 => "windows-cui",
        5 => "os2-cui",
        7 => "posix-cui",
        8 => "native-windows",
        9 => "windows-ce-gui",
        10 => "efi-application",
        11 => "efi-boot-service-driver",
        12 => "efi-runtime-driver",
        13 => "efi-rom",
        14 => "xbox",
        16 => "windows-boot-application",
        _ => $"subsystem-{value}",
    };

    private static readonly (ushort Bit, string Name)[] FileCharacteristics =
    [
        (0x0001, "IMAGE_FILE_RELOCS_STRIPPED"),
        (0x0002, "IMAGE_FILE_EXECUTABLE_IMAGE"),
        (0x0004, "IMAGE_FILE_LINE_NUMS_STRIPPED"),
        (0x0008, "IMAGE_FILE_LOCAL_SYMS_STRIPPED"),
        (0x0010, "IMAGE_FILE_AGGRESSIVE_WS_TRIM"),
        (0x0020, "IMAGE_FILE_LARGE_ADDRESS_AWARE"),
        (0x0080, "IMAGE_FILE_BYTES_REVERSED_LO"),
        (0x0100, "IMAGE_FILE_32BIT_MACHINE"),
        (0x0200, "IMAGE_FILE_DEBUG_STRIPPED"),
        (0x0400, "IMAGE_FILE_REMOVABLE_RUN_FROM_SWAP"),
        (0x0800, "IMAGE_FILE_NET_RUN_FROM_SWAP"),
        (0x1000, "IMAGE_FILE_SYSTEM"),
        (0x2000, "IMAGE_FILE_DLL"),
        (0x4000, "IMAGE_FILE_UP_SYSTEM_ONLY"),
        (0x8000, "IMAGE_FILE_BYTES_REVERSED_HI"),
    ];

    /// <summary>IMAGE_DLLCHARACTERISTICS_HIGH_ENTROPY_VA.</summary>
    public const ushort HighEntropyVA = 0x0020;

    /// <summary>IMAGE_DLLCHARACTERISTICS_DYNAMIC_BASE.</summary>
    public const ushort DynamicBase = 0x0040;

    /// <summary>IMAGE_DLLCHARACTERISTICS_NX_COMPAT.</summary>
    public const ushort NxCompat = 0x0100;

    /// <summary>IMAGE_DLLCHARACTERISTICS_GUARD_CF.</summary>
    public const ushort GuardCF = 0x4000;

    private static readonly (ushort Bit, string Name)[] DllCharacteristics =
    [
        (HighEntropyVA, "IMAGE_DLLCHARACTERISTICS_HIGH_ENTROPY_VA"),
        (DynamicBase, "IMAGE_DLLCHARACTERISTICS_DYNAMIC_BASE"),
        (0x0080, "IMAGE_DLLCHARACTERISTICS_FORCE_INTEGRITY"),
        (NxCompat, "IMAGE_DLLCHARACTERISTICS_NX_COMPAT"),
        (0x0200, "IMAGE_DLLCHARACTERISTICS_NO_ISOLATION"),
        (0x0400, "IMAGE_DLLCHARACTERISTICS_NO_SEH"),
        (0x0800, "IMAGE_DLLCHARACTERISTICS_NO_BIND"),
        (0x1000, "IMAGE_DLLCHARACTERISTICS_APPCONTAINER"),
        (0x2000, "IMAGE_DLLCHARACTERISTICS_WDM_DRIVER"),
        (GuardCF, "IMAGE_DLLCHARACTERISTICS_GUARD_CF"),
        (0x8000, "IMAGE_DLLCHARACTERISTICS_TERMINAL_SERVER_AWARE"),
    ];

    /// <summary>File characteristics then DLL characteristics, each in bit order.</summary>
    public static IReadOnlyList<string> Characteristics(ushort file, ushort? dll)
    {
        var names = new List<string>();
        foreach (var (bit, name) in FileCharacteristics)
        {
            if ((file & bit) != 0)
            {
                names.Add(name);
            }
        }

        foreach (var (bit, name) in DllCharacteristics)
        {
            if (dll is { } d && (d & bit) != 0)
            {
                names.Add(name);
            }
        }

        return names;
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Elf;

/// <summary>
/// The loader and hardening facts of a linked ELF file (docs/snapshot.md, <c>hardening</c>), read
/// as checksec and the distributions' hardening checkers read them: PT_GNU_RELRO plus immediate
/// binding, the stack protector's failure handler among the imports, PT_GNU_STACK, DF_STATIC_TLS
/// and the GNU property note's control-flow features.
/// </summary>
internal static class ElfHardening
{
    /// <summary>
    /// Imports that only code compiled with <c>-fstack-protector*</c> references: the failure
    /// handler, and on some targets (AArch64, PowerPC) the canary itself. A function without a
    /// buffer gets no canary even under <c>-fstack-protector-strong</c>, so absence is only
    /// evidence when the library has such functions; a drop is what the diff reports.
    /// </summary>
    private static readonly string[] StackProtectorImports = ["__stack_chk_fail", "__stack_chk_guard"];

    /// <summary>Null for objects and cores, which the loader never maps as they are.</summary>
    public static SnapshotHardening? Read(ElfFile file, IReadOnlyList<SnapshotImport> imports)
    {
        if (file.Header.Type is not (ElfConstants.ET_EXEC or ElfConstants.ET_DYN))
        {
            return null;
        }

        bool relro = false;
        bool? executableStack = null;
        foreach (var segment in file.Segments)
        {
            if (segment.Type == ElfConstants.PT_GNU_RELRO)
            {
                relro = true;
            }
            else if (segment.Type == ElfConstants.PT_GNU_STACK)
            {
                executableStack = (segment.Flags & ElfConstants.PF_X) != 0;
            }
        }

        bool dynamic = file.DynamicEntries.Count > 0;
        return new SnapshotHardening
        {
            Relro = !relro ? RelroLevel.None : file.BindNow ? RelroLevel.Full : RelroLevel.Partial,
            // A static executable defines the handler itself: nothing to see among imports.
            StackProtector = dynamic ? imports.Any(i => i.Name is { } n && StackProtectorImports.Contains(n, StringComparer.Ordinal)) : null,
            ExecutableStack = executableStack ?? ExecutableWithoutGnuStack(file.Header.Machine),
            StaticTls = dynamic ? (file.Flags & ElfConstants.DF_STATIC_TLS) != 0 : null,
            ControlFlow = ControlFlow(file),
        };
    }

    /// <summary>
    /// Without PT_GNU_STACK the loader uses its default stack permissions: executable on most
    /// architectures, not on AArch64, RISC-V and LoongArch (glibc's DEFAULT_STACK_PERMS in
    /// sysdeps/*/stackinfo.h; the kernel's VM_STACK_DEFAULT_FLAGS agree).
    /// </summary>
    private static bool ExecutableWithoutGnuStack(ushort machine)
        => machine is not (ElfMachines.AArch64 or ElfMachines.RiscV or ElfMachines.LoongArch);

    /// <summary>The GNU property's features on x86 and AArch64 (empty when the note is missing); null on other architectures.</summary>
    private static string[]? ControlFlow(ElfFile file)
    {
        switch (file.Header.Machine)
        {
            case ElfMachines.X86_64 or ElfMachines.I386:
            {
                uint f = file.X86Feature1And ?? 0;
                return Names((f & ElfConstants.GNU_PROPERTY_X86_FEATURE_1_IBT) != 0, "ibt", (f & ElfConstants.GNU_PROPERTY_X86_FEATURE_1_SHSTK) != 0, "shstk");
            }

            case ElfMachines.AArch64:
            {
                uint f = file.AArch64Feature1And ?? 0;
                return Names((f & ElfConstants.GNU_PROPERTY_AARCH64_FEATURE_1_BTI) != 0, "bti", (f & ElfConstants.GNU_PROPERTY_AARCH64_FEATURE_1_PAC) != 0, "pac");
            }

            default:
                return null;
        }
    }

    private static string[] Names(bool first, string firstName, bool second, string secondName)
        => (first, second) switch
        {
            (true, true) => [firstName, secondName],
            (true, false) => [firstName],
            (false, true) => [secondName],
            _ => [],
        };
}

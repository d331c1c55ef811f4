namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The hardening protections the diff names in <see cref="ChangeKind.ProtectionLost"/> and
/// <see cref="ChangeKind.ProtectionGained"/> changes: a stable word (the change's symbol, which
/// suppression entries match) and the words people read.
/// </summary>
public static class Protections
{
    /// <summary>ELF RELRO (PT_GNU_RELRO, full with immediate binding); before/after say the level.</summary>
    public const string Relro = "relro";

    /// <summary>ELF, Mach-O: the stack protector's failure handler is imported.</summary>
    public const string StackProtector = "stack-protector";

    /// <summary>ELF, Mach-O: the stack is not executable.</summary>
    public const string NonExecutableStack = "nx-stack";

    /// <summary>x86 CET indirect branch tracking (GNU property).</summary>
    public const string Ibt = "ibt";

    /// <summary>CET shadow stack (x86 GNU property; PE /CETCOMPAT).</summary>
    public const string ShadowStack = "shstk";

    /// <summary>AArch64 branch target identification (GNU property).</summary>
    public const string Bti = "bti";

    /// <summary>AArch64 pointer authentication (GNU property).</summary>
    public const string Pac = "pac";

    /// <summary>PE Control Flow Guard (/GUARD:CF).</summary>
    public const string Cfg = "cfg";

    /// <summary>PE /DYNAMICBASE.</summary>
    public const string Aslr = "aslr";

    /// <summary>PE /HIGHENTROPYVA.</summary>
    public const string HighEntropyAslr = "high-entropy-aslr";

    /// <summary>PE /NXCOMPAT.</summary>
    public const string Nx = "nx";

    /// <summary>ELF and Mach-O executables: position-independent, so loaded at a random address.</summary>
    public const string Pie = "pie";

    /// <summary>The words for a protection: <c>stack protector (__stack_chk_fail)</c>.</summary>
    public static string Title(string protection) => protection switch
    {
        Relro => "RELRO",
        StackProtector => "stack protector (__stack_chk_fail)",
        NonExecutableStack => "non-executable stack",
        Ibt => "CET indirect branch tracking (IBT)",
        ShadowStack => "CET shadow stack (SHSTK, /CETCOMPAT)",
        Bti => "branch target identification (BTI)",
        Pac => "pointer authentication (PAC)",
        Cfg => "Control Flow Guard (/GUARD:CF)",
        Aslr => "ASLR (/DYNAMICBASE)",
        HighEntropyAslr => "high-entropy ASLR (/HIGHENTROPYVA)",
        Nx => "DEP (/NXCOMPAT)",
        Pie => "position-independent executable (PIE)",
        _ => protection,
    };
}

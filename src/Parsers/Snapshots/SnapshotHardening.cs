namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// How the binary is protected and loaded, as far as its headers say: the facts a hardening
/// checker reads (RELRO, stack protector, executable stack, control-flow protection, ASLR) plus
/// static TLS, which decides whether <c>dlopen</c> can load it late. Format-neutral: each field
/// is null when the format has no such fact (or the reader did not look), so a comparison only
/// ever compares facts both sides know. docs/snapshot.md lists which formats fill which field.
/// </summary>
public sealed record SnapshotHardening
{
    /// <summary>ELF: PT_GNU_RELRO, and full when immediate binding is asked for too.</summary>
    public RelroLevel? Relro { get; init; }

    /// <summary>ELF, Mach-O: the binary imports the stack protector's failure handler (<c>__stack_chk_fail</c>), so some function checks a canary.</summary>
    public bool? StackProtector { get; init; }

    /// <summary>ELF: PT_GNU_STACK has PF_X (or is missing where the loader then makes the stack executable); Mach-O: MH_ALLOW_STACK_EXECUTION.</summary>
    public bool? ExecutableStack { get; init; }

    /// <summary>ELF: DF_STATIC_TLS: the library uses the initial-exec TLS model, so a late <c>dlopen</c> can fail for want of static TLS space.</summary>
    public bool? StaticTls { get; init; }

    /// <summary>
    /// Control-flow protection the binary is marked for: <c>ibt</c>, <c>shstk</c> (ELF x86 GNU
    /// property; PE /CETCOMPAT is <c>shstk</c>), <c>bti</c>, <c>pac</c> (ELF AArch64 GNU property),
    /// <c>cfg</c> (PE /GUARD:CF). Empty when the format could carry marks and has none; null when
    /// it cannot (another architecture, Mach-O).
    /// </summary>
    public IReadOnlyList<string>? ControlFlow { get; init; }

    /// <summary>PE: IMAGE_DLLCHARACTERISTICS_DYNAMIC_BASE (/DYNAMICBASE): the image can be relocated at a random address. (ELF and Mach-O executables: <see cref="SnapshotIdentity.Pie"/>.)</summary>
    public bool? Aslr { get; init; }

    /// <summary>PE: IMAGE_DLLCHARACTERISTICS_HIGH_ENTROPY_VA (/HIGHENTROPYVA): 64-bit ASLR.</summary>
    public bool? HighEntropyAslr { get; init; }

    /// <summary>PE: IMAGE_DLLCHARACTERISTICS_NX_COMPAT (/NXCOMPAT): compatible with data execution prevention.</summary>
    public bool? Nx { get; init; }
}

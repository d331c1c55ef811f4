namespace AbiPortal.Parsers.Lint;

/// <summary>The x86-64 calling convention a binary's exports follow.</summary>
public enum CallingAbi
{
    /// <summary>Not x86-64: the code rules do not apply.</summary>
    None,

    /// <summary>System V AMD64 psABI (ELF, Mach-O): rbx, rbp, r12-r15 survive a call.</summary>
    SysV,

    /// <summary>Microsoft x64 (PE): also rdi, rsi and xmm6-xmm15; the caller leaves 32 bytes of shadow space.</summary>
    Windows,
}

using Iced.Intel;

namespace AbiPortal.Parsers.Lint.X86;

/// <summary>
/// The registers a callee must preserve. System V AMD64 psABI 3.2.1 (Figure 3.4): rbx, rsp, rbp,
/// r12-r15 "belong to the calling function". Microsoft x64 ("Caller/callee saved registers"): also
/// rdi, rsi and xmm6-xmm15 (their low 128 bits). rsp is checked by the stack rules, not here.
/// Registers are numbered 0-15 for the GPRs (Iced's order rax..r15) and 16-31 for xmm0-15.
/// </summary>
internal static class CalleeSaved
{
    private const int XmmBase = 16;

    /// <summary>Slots 0-31: whether the register is callee-saved under <paramref name="abi"/>.</summary>
    public static bool[] Mask(CallingAbi abi)
    {
        var mask = new bool[32];
        foreach (var r in new[] { Register.RBX, Register.RBP, Register.R12, Register.R13, Register.R14, Register.R15 })
        {
            mask[r - Register.RAX] = true;
        }

        if (abi == CallingAbi.Windows)
        {
            mask[Register.RDI - Register.RAX] = true;
            mask[Register.RSI - Register.RAX] = true;
            for (int i = 6; i < 16; i++)
            {
                mask[XmmBase + i] = true;
            }
        }

        return mask;
    }

    /// <summary>Slot of a register (any width: bl, bx, ebx, rbx; xmm6, ymm6, zmm6) or -1 when it has none.</summary>
    public static int Slot(Register register)
    {
        if (register == Register.None)
        {
            return -1;
        }

        var full = register.GetFullRegister();
        if (full >= Register.RAX && full <= Register.R15)
        {
            return full - Register.RAX;
        }

        // xmm16-31 (AVX-512) are caller-saved on both conventions: no slot.
        if (full >= Register.ZMM0 && full <= Register.ZMM15)
        {
            return XmmBase + (full - Register.ZMM0);
        }

        return -1;
    }

    /// <summary>The usual spelling of a slot: <c>rbx</c>, <c>xmm6</c>.</summary>
    public static string Name(int slot)
        => slot < XmmBase ? (Register.RAX + slot).ToString().ToLowerInvariant() : $"xmm{slot - XmmBase}";
}

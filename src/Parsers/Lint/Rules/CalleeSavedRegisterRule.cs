using AbiPortal.Parsers.Lint.X86;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>An exported function writes a register its caller expects to survive the call, and never saves it.</summary>
internal sealed class CalleeSavedRegisterRule : ILintRule
{
    public LintRuleInfo Info { get; } = new(
        "callee-saved-register",
        "Callee-saved register clobbered",
        "The x86-64 ABIs promise callers that rbx, rbp and r12-r15 (on Windows also rdi, rsi and xmm6-xmm15) survive a call; a function that overwrites one corrupts its caller far from the cause.",
        LintEvidence.Code,
        LintLevel.Error,
        "Save the register in the prologue (push rbx ... pop rbx), or use a caller-saved one (rax, rcx, rdx, rsi, rdi, r8-r11 on System V).");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        string abi = context.Image?.Abi == CallingAbi.Windows ? "Microsoft x64" : "System V x86-64";
        foreach (var export in context.FunctionExports.DistinctBy(e => e.Address))
        {
            if (!context.Code.TryGetValue(export.Address!.Value, out var facts) || !facts.Returns)
            {
                continue;
            }

            foreach (var clobber in facts.Clobbers)
            {
                string register = CalleeSaved.Name(clobber.Register);
                findings.Add(context.Finding(Info, export,
                    $"writes {register} (`{clobber.Instruction}` at 0x{clobber.Address:x}) and never saves it; the {abi} ABI says {register} survives a call, so a caller keeping a value there gets it corrupted.",
                    clobber.Address, clobber.Instruction));
            }
        }
    }
}

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>Windows x64: an exported function calls out without the 32 bytes of shadow space the callee may use.</summary>
internal sealed class ShadowSpaceRule : ILintRule
{
    public LintRuleInfo Info { get; } = new(
        "missing-shadow-space",
        "Call without shadow space (Windows x64)",
        "The Microsoft x64 convention lets every callee write the 32 bytes above its return address (the home space of rcx, rdx, r8, r9); a caller that did not allocate them has its saved registers or locals overwritten.",
        LintEvidence.Code,
        LintLevel.Error,
        "Allocate at least 32 bytes (sub rsp, 40 keeps the alignment after the return address) before calling, and release them after.");

    public void Check(LintContext context, List<LintFinding> findings)
        => CallSiteFindings.Report(context, Info, findings, f => f.CallsWithoutShadowSpace,
            call => $"{call.StackValue} bytes allocated below its saved registers, not the 32 bytes of shadow space the callee may overwrite");
}

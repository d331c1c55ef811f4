namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>An exported function calls out with rsp not 16-byte aligned.</summary>
internal sealed class StackAlignmentRule : ILintRule
{
    public LintRuleInfo Info { get; } = new(
        "stack-misaligned-call",
        "Call with a misaligned stack",
        "Both x86-64 ABIs require rsp to be a multiple of 16 at every call; a callee that spills SSE registers with movaps then faults, or misbehaves only when some other code path happens to be aligned.",
        LintEvidence.Code,
        LintLevel.Error,
        "Adjust rsp by a multiple of 16 minus the pushes so far (e.g. sub rsp, 8 after an odd number of pushes) before the call.");

    public void Check(LintContext context, List<LintFinding> findings)
        => CallSiteFindings.Report(context, Info, findings, f => f.MisalignedCalls, call => $"rsp {call.StackValue} bytes past a 16-byte boundary");
}

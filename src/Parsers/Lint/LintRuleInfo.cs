namespace AbiPortal.Parsers.Lint;

/// <summary>What a rule is: its stable id, why it matters, what it reads and how to fix what it finds.</summary>
/// <param name="Id">Stable id (<c>callee-saved-register</c>); suppressions and SARIF name rules by it.</param>
/// <param name="Title">A short title.</param>
/// <param name="Rationale">One line: why the rule exists.</param>
/// <param name="Evidence">What the rule reads.</param>
/// <param name="Level">How bad a finding is.</param>
/// <param name="FixHint">One line: how to fix a finding.</param>
public sealed record LintRuleInfo(string Id, string Title, string Rationale, LintEvidence Evidence, LintLevel Level, string FixHint);

namespace AbiPortal.Parsers.Lint;

/// <summary>One lint rule: a stable description and a check over one binary.</summary>
internal interface ILintRule
{
    LintRuleInfo Info { get; }

    /// <summary>Adds this rule's findings; runs only when <see cref="LintContext"/> has the evidence the rule needs.</summary>
    void Check(LintContext context, List<LintFinding> findings);
}

using AbiPortal.Parsers.Lint.X86;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>The two stack rules report the same way: per export, its first offending call, and how many more there are.</summary>
internal static class CallSiteFindings
{
    public static void Report(LintContext context, LintRuleInfo rule, List<LintFinding> findings, Func<FunctionFacts, List<CodeFinding>> calls, Func<CodeFinding, string> message)
    {
        foreach (var export in context.FunctionExports.DistinctBy(e => e.Address))
        {
            if (context.Code.TryGetValue(export.Address!.Value, out var facts) && calls(facts) is { Count: > 0 } list)
            {
                var call = list.MinBy(c => c.Address);
                string more = list.Count > 1 ? $" ({list.Count - 1} more such calls)" : "";
                findings.Add(context.Finding(rule, export, $"calls out (`{call.Instruction}` at 0x{call.Address:x}) with {message(call)}{more}.", call.Address, call.Instruction));
            }
        }
    }
}

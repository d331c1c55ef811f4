using AbiPortal.Parsers.Lint.Unwind;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>An <c>extern "C"</c> export whose unwind tables let a C++ (or Rust) exception out.</summary>
internal sealed class ExceptionBoundaryRule : ILintRule
{
    /// <summary>Personality routines and the language whose exceptions they unwind.</summary>
    private static readonly (string Prefix, string Language)[] Personalities =
    [
        ("__gxx_personality_", "C++"),
        ("rust_eh_personality", "Rust"),
    ];

    /// <summary>
    /// Runtime functions GCC lists in call-site ranges without a landing pad that do not throw in
    /// practice: the catch bookkeeping of a handler (__cxa_begin_catch, __cxa_end_catch) and the
    /// ways to end the process. A range calling only these lets nothing out.
    /// </summary>
    private static readonly HashSet<string> NonThrowing = new(StringComparer.Ordinal)
    {
        "__cxa_begin_catch", "__cxa_end_catch", "__cxa_free_exception", "__cxa_call_terminate", "_ZSt9terminatev", "abort", "__stack_chk_fail",
    };

    public LintRuleInfo Info { get; } = new(
        "exception-crosses-c-boundary",
        "Exception can escape an extern \"C\" function",
        "A C caller has no landing pads: an exception unwinding out of an extern \"C\" function skips its cleanup, and through C frames built without unwind tables it ends in std::terminate.",
        LintEvidence.UnwindTables,
        LintLevel.Error,
        "Catch everything at the boundary (try { ... } catch (...) { return error; }) or declare the function noexcept.");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        if (context.Image is not { } image || context.Unwind.Count == 0)
        {
            return;
        }

        var candidates = context.FunctionExports
            .Where(e => DebugInfoExports.IsCName(e.Name!) && !DebugInfoExports.IsReserved(e.Name!) && context.Unwind.ContainsKey(e.Address!.Value))
            .Select(e => (Export: e, Entry: context.Unwind[e.Address!.Value]))
            .Where(c => c.Entry.Personality is not null)
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var relocations = new RelocationIndex(image);
        var calls = new CallTargets(image, relocations);
        foreach (var (export, entry) in candidates.DistinctBy(c => c.Export.Address))
        {
            string? personality = PersonalityResolver.Name(relocations, entry.Personality!.Value, entry.PersonalityIndirect);
            string? language = personality is null ? null : Personalities.FirstOrDefault(p => personality.StartsWith(p.Prefix, StringComparison.Ordinal)).Language;
            if (language is null)
            {
                continue;
            }

            string? how;
            if (entry.Lsda is not { } lsda)
            {
                how = "it has no exception table at all, so every call in it lets exceptions through";
            }
            else
            {
                how = LsdaReader.EscapingCallSites(image, lsda, entry.Start, context.Options.Limits)?
                    .FirstOrDefault(site => !site.NoLandingPad || CanThrow(calls.In(site.Start, site.Length, 64)))?.Why;
            }

            if (how is not null)
            {
                findings.Add(context.Finding(Info, export, $"is exported with a C name, but its unwind tables ({personality}) let {language} exceptions out: {how}."));
            }
        }
    }

    private static bool CanThrow(List<string?> calls) => calls.Any(name => name is null || !NonThrowing.Contains(name));
}

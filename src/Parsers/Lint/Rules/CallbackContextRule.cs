using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>An exported function takes a callback but no <c>void *</c> context to hand back to it.</summary>
internal sealed class CallbackContextRule : ILintRule
{
    public LintRuleInfo Info { get; } = new(
        "callback-without-context",
        "Callback without a context pointer",
        "A callback with no user-data pointer forces callers into globals: two users of the library in one process (or a binding for another language) cannot tell their calls apart.",
        LintEvidence.DebugInfo,
        LintLevel.Warning,
        "Add a void *user_data parameter next to the callback and pass it back as the callback's first argument.");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        foreach (var (export, function) in DebugInfoExports.CFunctions(context))
        {
            var parameters = function.Parameters.Where(p => !p.Artificial).ToList();
            bool outerContext = parameters.Any(p => IsContextPointer(context, p.Type));
            for (int i = 0; i < parameters.Count; i++)
            {
                var p = parameters[i];
                if (Callback(context, p.Type) is not { } callback || outerContext || callback.Parameters.Any(t => IsContextPointer(context, t)))
                {
                    continue;
                }

                string name = p.Name is null ? $"parameter {i + 1}" : $"parameter {i + 1} `{p.Name}`";
                findings.Add(context.Finding(Info, export,
                    $"takes {name}, a callback `{context.Spell(p.Type)}`, with no void * context beside it or among the callback's own parameters."));
            }
        }
    }

    /// <summary>The function type a parameter points at, through typedefs and qualifiers.</summary>
    private static AbiType? Callback(LintContext context, string id)
        => context.Strip(id) is { Kind: AbiTypeKind.Pointer } pointer && context.Strip(pointer.Target) is { Kind: AbiTypeKind.Function } function ? function : null;

    /// <summary>
    /// <c>void *</c> (any qualifiers, any typedef), or a pointer to an aggregate that can carry user
    /// data (a handle such as <c>CURL *</c>); both give the callback a way back to its caller's state.
    /// </summary>
    private static bool IsContextPointer(LintContext context, string id)
    {
        if (context.Strip(id) is not { Kind: AbiTypeKind.Pointer } pointer)
        {
            return false;
        }

        var target = context.Strip(pointer.Target);
        return pointer.Target is null || target is null || target.Kind is AbiTypeKind.Void or AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union;
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>An <c>extern "C"</c> export whose signature names C++ standard-library or Rust types.</summary>
internal sealed class CxxTypeInCSignatureRule : ILintRule
{
    /// <summary>Namespaces whose types have no C layout that a C caller (or another compiler's runtime) can rely on.</summary>
    private static readonly string[] LanguageNamespaces = ["std::", "__gnu_cxx::", "__cxx11::", "boost::", "alloc::", "core::"];

    public LintRuleInfo Info { get; } = new(
        "language-type-in-c-signature",
        "C++ or Rust type in an extern \"C\" signature",
        "extern \"C\" promises a C calling contract, but a std::string or a Rust Vec has a layout private to one compiler, standard library and version; C callers cannot build one and other runtimes build a different one.",
        LintEvidence.DebugInfo,
        LintLevel.Warning,
        "Take C types at the boundary (const char * plus a length, a pointer to an opaque struct) and convert inside.");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        foreach (var (export, function) in DebugInfoExports.CFunctions(context))
        {
            var leaked = function.Parameters.Where(p => !p.Artificial).Select(p => p.Type).Prepend(function.Return)
                .Select(id => LanguageType(context, id)).FirstOrDefault(t => t is not null);
            if (leaked is not null)
            {
                findings.Add(context.Finding(Info, export, $"is exported with a C name but its signature uses `{leaked}`."));
            }
        }
    }

    /// <summary>Rust's library namespaces: every type there is Rust's own layout.</summary>
    private static readonly string[] RustNamespaces = ["alloc::", "core::"];

    /// <summary>
    /// The first C++/Rust library type reached through pointers, references, typedefs and arrays
    /// (not through aggregates). A typedef that ends in a base type (<c>std::size_t</c>) and an enum
    /// (<c>std::memory_order</c>) are plain integers at the boundary; a C++ struct that C can
    /// mirror (no bases, no virtual functions, not a template: libstdc++'s
    /// <c>std::__atomic_flag_base</c> for C's <c>atomic_flag</c>) is not counted either.
    /// </summary>
    private static string? LanguageType(LintContext context, string? id)
    {
        // The name as the source spells it: the typedef (std::string) rather than what it names.
        string? spelled = null;
        for (int i = 0; i < 32 && context.Type(id) is { } type; i++)
        {
            if (type.Kind == AbiTypeKind.Typedef && spelled is null && LanguageNamespaces.Any(ns => type.Name.StartsWith(ns, StringComparison.Ordinal)))
            {
                spelled = type.Name;
            }

            if (type.Kind is AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union)
            {
                string name = Unqualified(type.Name);
                bool language = LanguageNamespaces.Any(ns => name.StartsWith(ns, StringComparison.Ordinal));
                bool rust = RustNamespaces.Any(ns => name.StartsWith(ns, StringComparison.Ordinal));
                bool cxxOnly = type.Kind == AbiTypeKind.Class || name.Contains('<', StringComparison.Ordinal) || type.Bases.Count > 0
                    || type.VirtualMethods.Count > 0 || type.PassedBy == "reference";
                return language && (rust || cxxOnly) ? spelled ?? type.Name : null;
            }

            if (type.Kind is AbiTypeKind.Enum or AbiTypeKind.Base or AbiTypeKind.Void or AbiTypeKind.Function)
            {
                return null;
            }

            id = type.Target;
        }

        return null;
    }

    private static string Unqualified(string name)
    {
        foreach (var prefix in new[] { "struct ", "class ", "union ", "enum " })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }
}

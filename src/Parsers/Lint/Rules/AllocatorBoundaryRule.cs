using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>A constructor-like export with no matching release function exported.</summary>
internal sealed class AllocatorBoundaryRule : ILintRule
{
    /// <summary>
    /// Words that name a constructor. A name alone is not enough (OpenSSL's <c>void ERR_new(void)</c>
    /// starts an error record): the debug info must say the function returns a pointer.
    /// </summary>
    private static readonly string[] Constructors = ["new", "create", "alloc", "init", "open"];

    /// <summary>Words that name a release, in the spellings C libraries use.</summary>
    internal static readonly string[] Releases =
        ["free", "destroy", "release", "close", "unref", "delete", "dispose", "cleanup", "deinit", "fini", "finish", "end", "shutdown", "done", "decref", "drop", "uninit", "term", "terminate", "dealloc", "put"];

    public LintRuleInfo Info { get; } = new(
        "allocator-without-release",
        "Constructor without a matching release",
        "When a library allocates and the caller frees, the two must share one heap; with no release function exported, callers call free() from their own C runtime (a crash on Windows, a leak or corruption with a custom allocator) or cannot free at all.",
        LintEvidence.DebugInfo,
        LintLevel.Warning,
        "Export a release function next to the constructor (thing_new / thing_free) and document that only it may free the object.");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        var names = context.Snapshot.Exports.Where(e => e.Kind is SymbolKind.Function or SymbolKind.IFunc && e.Name is not null)
            .Select(e => e.Name!).Where(DebugInfoExports.IsCName).ToHashSet(StringComparer.Ordinal);
        var releasePrefixes = ReleasePrefixes(names);
        foreach (var export in context.FunctionExports.DistinctBy(e => e.Name))
        {
            string name = export.Name!;
            if (!DebugInfoExports.IsCName(name) || Constructor(name) is not { } ctor)
            {
                continue;
            }

            if (context.Declaration(name) is not { } declaration || context.Strip(declaration.Return) is not { Kind: AbiTypeKind.Pointer } pointer)
            {
                continue;
            }

            // A library-wide free() (glibc's aligned_alloc), or an object that carries its own
            // operations table (Sun RPC's CLIENT and AUTH are destroyed through cl_ops->cl_destroy).
            if (names.Contains("free") || CarriesOperations(context, context.Strip(pointer.Target)))
            {
                continue;
            }

            // Any release sharing a leading part of the name counts (foo_bar_new is released by foo_bar_free or foo_free).
            bool released = false;
            for (int words = ctor.Stem.Length; words >= 1 && !released; words--)
            {
                released = releasePrefixes.Contains(string.Join('_', ctor.Stem.Take(words)));
            }

            if (!released)
            {
                string stem = string.Join('_', ctor.Stem);
                findings.Add(context.Finding(Info, export,
                    $"looks like a constructor (`_{ctor.Verb}`, returns `{context.Spell(declaration.Return)}`) but no {stem}_free, _destroy, _release, _close or _unref (nor any release under a shorter prefix) is exported."));
            }
        }
    }

    /// <summary>Whether a struct holds function pointers, or a pointer to a struct of them (an operations table).</summary>
    private static bool CarriesOperations(LintContext context, AbiType? type)
    {
        if (type is not { Kind: AbiTypeKind.Struct or AbiTypeKind.Class })
        {
            return false;
        }

        foreach (var field in type.Fields)
        {
            if (context.Strip(field.Type) is not { Kind: AbiTypeKind.Pointer } p)
            {
                continue;
            }

            var target = context.Strip(p.Target);
            if (target?.Kind == AbiTypeKind.Function
                || (target is { Kind: AbiTypeKind.Struct } table && table.Fields.Any(f => context.Strip(f.Type) is { Kind: AbiTypeKind.Pointer } fp && context.Strip(fp.Target)?.Kind == AbiTypeKind.Function)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words before the constructor verb (the stem) and the verb, for <c>stem_new</c>, <c>stem_new_from_x</c>.</summary>
    private static (string[] Stem, string Verb)? Constructor(string name)
    {
        var words = name.Split('_');
        for (int i = 1; i < words.Length; i++)
        {
            if (Constructors.Contains(words[i]))
            {
                var stem = words[..i];
                return stem.All(w => w.Length > 0) ? (stem, words[i]) : null;
            }
        }

        return null;
    }

    /// <summary>Every prefix P for which an export P_..._release-word... exists.</summary>
    private static HashSet<string> ReleasePrefixes(HashSet<string> names)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var words = name.Split('_');
            for (int i = 1; i < words.Length; i++)
            {
                if (Releases.Contains(words[i]))
                {
                    for (int j = 1; j <= i; j++)
                    {
                        prefixes.Add(string.Join('_', words.Take(j)));
                    }
                }
            }
        }

        return prefixes;
    }
}

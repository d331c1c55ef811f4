using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>A library exports C++ or Rust standard-library instantiations and runtime internals.</summary>
internal sealed class RuntimeInternalsRule : ILintRule
{
    /// <summary>Demangled prefixes, the group they belong to, and the libraries that own them (whose own exports they are).</summary>
    private static readonly (string Prefix, string Group, string[] Owners)[] Namespaces =
    [
        ("std::", "std::", ["libstdc++", "libc++", "libc++abi", "libstd"]),
        ("__gnu_cxx::", "__gnu_cxx::", ["libstdc++"]),
        ("__cxxabiv1::", "C++ runtime", ["libstdc++", "libc++abi", "libc++", "libsupc++"]),
        ("boost::", "boost::", ["libboost"]),
        ("core::", "Rust core::", ["libstd"]),
        ("alloc::", "Rust alloc::", ["libstd"]),
    ];

    /// <summary>Raw names of the language runtimes.</summary>
    private static readonly (string Prefix, string Group, string[] Owners)[] RuntimeNames =
    [
        ("__cxa_", "C++ runtime", ["libstdc++", "libc++abi", "libc++", "libsupc++"]),
        ("__gxx_personality_", "C++ runtime", ["libstdc++", "libc++abi", "libc++"]),
        ("_Unwind_", "unwinder", ["libgcc_s", "libunwind", "libc++abi", "libgcc"]),
        ("__rust_", "Rust runtime", ["libstd"]),
        ("rust_begin_unwind", "Rust runtime", ["libstd"]),
        ("rust_eh_personality", "Rust runtime", ["libstd"]),
    ];

    public LintRuleInfo Info { get; } = new(
        "runtime-internals-exported",
        "Standard-library or runtime internals exported",
        "Template instantiations and runtime functions from a statically linked standard library become part of your ABI: the dynamic linker binds every process to the first copy it finds, so two libraries built against different versions of the runtime exchange each other's internals.",
        LintEvidence.Symbols,
        LintLevel.Warning,
        "Build with -fvisibility=hidden -fvisibility-inlines-hidden and export the API explicitly (a version script with local: *; or -Wl,--exclude-libs,ALL for static runtimes).");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        var groups = new Dictionary<string, List<SnapshotExport>>(StringComparer.Ordinal);
        foreach (var export in context.Snapshot.Exports)
        {
            if (export.Name is not { } name || export.Address is null)
            {
                continue;
            }

            string? group = Group(name, MayBeRuntime(name) ? context.Demangled(export) : null);
            if (group is not null)
            {
                if (!groups.TryGetValue(group, out var list))
                {
                    groups[group] = list = [];
                }

                list.Add(export);
            }
        }

        foreach (var (group, exports) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var examples = exports.Select(e => context.Demangled(e) ?? e.Name!).Distinct().Take(10).ToList();
            findings.Add(new LintFinding
            {
                Rule = Info.Id,
                Level = Info.Level,
                Symbol = exports[0].Name,
                Demangled = context.Demangled(exports[0]),
                Address = exports[0].Address,
                Symbols = exports.Select(e => e.Name!).Distinct().Take(100).ToList(),
                Message = $"exports {exports.Count} {group} symbol{(exports.Count == 1 ? "" : "s")} (standard-library template instantiations or runtime internals), e.g. {string.Join("; ", examples.Take(3))}.",
                Member = context.Snapshot.Member,
            });
        }

        string? Group(string name, string? demangled)
        {
            foreach (var (prefix, group, owners) in RuntimeNames)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return owners.Any(o => LibraryName.Is(context.Snapshot, o)) ? null : group;
                }
            }

            if (demangled is null)
            {
                return null;
            }

            // "typeinfo for std::...", "vtable for boost::..." and "guard variable for ..." belong to the name that follows.
            int forAt = demangled.IndexOf(" for ", StringComparison.Ordinal);
            string subject = forAt >= 0 && forAt < 30 ? demangled[(forAt + 5)..] : demangled;
            foreach (var (prefix, group, owners) in Namespaces)
            {
                if (subject.StartsWith(prefix, StringComparison.Ordinal) || StartsAfterReturnType(subject, prefix))
                {
                    return owners.Any(o => LibraryName.Is(context.Snapshot, o)) ? null : group;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Mangled names that can demangle into one of <see cref="Namespaces"/>: the name (or the
    /// special name's subject: vtable, typeinfo, guard variable) starts in std, __gnu_cxx, boost,
    /// or Rust's core, alloc and std. Only these are demangled: libLLVM-14 has 44,000 exports.
    /// </summary>
    private static bool MayBeRuntime(string name)
    {
        if (name.StartsWith("_R", StringComparison.Ordinal))
        {
            return true;
        }

        if (!name.StartsWith("_Z", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = name.AsSpan(2);
        if (rest.StartsWith("T") || rest.StartsWith("GV"))
        {
            rest = rest[2..]; // TV, TI, TS, GV: vtable, typeinfo, its name, guard variable
        }

        if (rest.StartsWith("N"))
        {
            rest = rest[1..];
            while (rest.Length > 0 && rest[0] is 'K' or 'V' or 'r')
            {
                rest = rest[1..];
            }
        }

        return rest.StartsWith("St") || rest.StartsWith("9__gnu_cxx") || rest.StartsWith("5boost") || rest.StartsWith("4core")
            || rest.StartsWith("5alloc") || rest.StartsWith("3std") || rest.StartsWith("10__cxxabiv1");
    }

    /// <summary>Template functions demangle with their return type first: <c>void std::__sort&lt;...&gt;(...)</c>.</summary>
    private static bool StartsAfterReturnType(string demangled, string prefix)
    {
        int space = demangled.IndexOf(' ', StringComparison.Ordinal);
        int paren = demangled.IndexOf('(', StringComparison.Ordinal);
        int angle = demangled.IndexOf('<', StringComparison.Ordinal);
        return space > 0 && (paren < 0 || space < paren) && (angle < 0 || space < angle) && demangled.AsSpan(space + 1).StartsWith(prefix, StringComparison.Ordinal);
    }
}

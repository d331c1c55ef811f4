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
        // glibc implements __cxa_atexit, __cxa_finalize, __cxa_at_quick_exit and __cxa_thread_atexit_impl.
        ("__cxa_", "C++ runtime", ["libstdc++", "libc++abi", "libc++", "libsupc++", "libc"]),
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

            string? group = Group(name, name.StartsWith("_R", StringComparison.Ordinal) ? context.Demangled(export) : null);
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
            findings.Add(context.GroupFinding(Info, exports,
                $"exports {exports.Count} {group} symbol{(exports.Count == 1 ? "" : "s")} (standard-library template instantiations or runtime internals), e.g. {string.Join("; ", examples.Take(3))}."));
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

            // Itanium names say their outermost namespace up front; Rust v0 names are read demangled.
            string? ns = ItaniumNamespace(name) ?? (demangled is null ? null : Namespaces.Select(n => n.Prefix).FirstOrDefault(p => demangled.TrimStart('<').StartsWith(p, StringComparison.Ordinal)));
            foreach (var (prefix, group, owners) in Namespaces)
            {
                if (ns == prefix)
                {
                    return owners.Any(o => LibraryName.Is(context.Snapshot, o)) ? null : group;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The outermost namespace of an Itanium name (<c>std::</c> for <c>_ZNSt6vector...</c>,
    /// <c>_ZSt4sort...</c>, <c>_ZTVSt9exception</c>), read from the mangling itself: a function
    /// template's demangled form starts with its return type, which may name another namespace.
    /// Rust legacy names (<c>_ZN4core...</c>) are Itanium-shaped too.
    /// </summary>
    private static string? ItaniumNamespace(string name)
    {
        if (!name.StartsWith("_Z", StringComparison.Ordinal))
        {
            return null;
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

        // St is std::; Sa, Sb, Ss, Si, So, Sd abbreviate std::allocator, basic_string, string and the streams.
        return rest.Length >= 2 && rest[0] == 'S' && "tabsiod".Contains(rest[1]) ? "std::" : rest.StartsWith("9__gnu_cxx") ? "__gnu_cxx::" : rest.StartsWith("5boost") ? "boost::"
            : rest.StartsWith("4core") ? "core::" : rest.StartsWith("5alloc") ? "alloc::" : rest.StartsWith("3std") ? "std::"
            : rest.StartsWith("10__cxxabiv1") ? "__cxxabiv1::" : null;
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>Exported functions paired with their debug-info declarations.</summary>
internal static class DebugInfoExports
{
    /// <summary>Exported functions with a C name that is not reserved (the C boundary) and their declarations.</summary>
    public static IEnumerable<(SnapshotExport Export, AbiFunction Function)> CFunctions(LintContext context)
        => Functions(context).Where(p => IsCName(p.Export.Name!) && !IsReserved(p.Export.Name!));

    /// <summary>
    /// Reserved identifiers (C11 7.1.3: <c>__x</c>, <c>_X</c>) are the implementation's entry points
    /// for compiled code (libstdc++'s <c>__cxa_vec_new2</c> takes C++ types and callbacks and must
    /// pass a constructor's exception on), not a C API that people call.
    /// </summary>
    public static bool IsReserved(string name)
        => name.StartsWith("__", StringComparison.Ordinal) || (name.Length > 1 && name[0] == '_' && char.IsAsciiLetterUpper(name[1]));

    public static IEnumerable<(SnapshotExport Export, AbiFunction Function)> Functions(LintContext context)
    {
        if (context.Abi is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var export in context.Snapshot.Exports)
        {
            if (export.Kind is SymbolKind.Function or SymbolKind.IFunc && export.Name is { } name && seen.Add(name) && context.Declaration(name) is { } f)
            {
                yield return (export, f);
            }
        }
    }

    /// <summary>Whether a symbol is a plain C name (not Itanium, Microsoft or Rust mangled).</summary>
    public static bool IsCName(string name)
        => !(name.StartsWith("_Z", StringComparison.Ordinal) || name.StartsWith("__Z", StringComparison.Ordinal)
             || name.StartsWith("_R", StringComparison.Ordinal) || name.StartsWith('?'));
}

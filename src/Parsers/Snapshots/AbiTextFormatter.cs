using AbiPortal.Parsers.Diff;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// The ABI section of <c>abiportal inspect</c>'s table: every function and variable the debug
/// info describes as a C or C++ declaration, the exports it does not describe, and the number of
/// types (whose layouts <c>--type</c> prints).
/// </summary>
internal static class AbiTextFormatter
{
    public static void Write(TextWriter w, Snapshot s, bool demangle, string indent)
    {
        if (s.Abi is not { } abi)
        {
            return;
        }

        var declarations = new AbiDeclarations(abi);
        w.Write($"{indent}abi functions ({abi.Functions.Count}):\n");
        foreach (var f in abi.Functions)
        {
            w.Write($"{indent}  {declarations.Signature(f)}{RawName(f.Symbol, f.Name)}\n");
        }

        w.Write($"{indent}abi variables ({abi.Variables.Count}):\n");
        foreach (var v in abi.Variables)
        {
            w.Write($"{indent}  {declarations.Declaration(v)}{RawName(v.Symbol, v.Name)}\n");
        }

        var missing = WithoutDebugInfo(s, abi);
        if (missing.Count > 0)
        {
            w.Write($"{indent}exports without debug info ({missing.Count}):\n");
            foreach (var e in missing)
            {
                w.Write($"{indent}  {(demangle && e.Demangled is not null ? e.Demangled : e.Name)}\n");
            }
        }

        w.Write($"{indent}abi types: {abi.Types.Count} (inspect --type NAME prints a layout)\n");
    }

    /// <summary>The linkage name beside a C++ declaration, whose source name differs from it.</summary>
    private static string RawName(string symbol, string name) => symbol == name ? string.Empty : $"  [{symbol}]";

    /// <summary>
    /// Exported functions and data the debug info says nothing about (assembly, objects built
    /// without -g): what a type-aware diff cannot check. Not listed: symbols the linker defines,
    /// the compiler's C++ artefacts (vtables, typeinfo, VTTs, guard variables, TLS wrappers),
    /// which no source declares, and aliases at the address of a described function (GCC's
    /// complete-object destructor is the base-object one).
    /// </summary>
    internal static List<SnapshotExport> WithoutDebugInfo(Snapshot s, AbiSurface abi)
    {
        var described = new HashSet<string>(StringComparer.Ordinal);
        var addresses = new HashSet<ulong>();
        foreach (var f in abi.Functions)
        {
            described.Add(f.Symbol);
            if (f.Address is { } a)
            {
                addresses.Add(a);
            }
        }

        foreach (var v in abi.Variables)
        {
            described.Add(v.Symbol);
            if (v.Address is { } a)
            {
                addresses.Add(a);
            }
        }

        var result = new List<SnapshotExport>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in s.Exports)
        {
            if (e.Name is { } name && IsCodeOrData(e.Kind) && !described.Contains(name) && !(e.Address is { } at && addresses.Contains(at))
                && !LinkerSymbols.Contains(name) && !IsCompilerArtefact(name) && seen.Add(name))
            {
                result.Add(e);
            }
        }

        return result;
    }

    /// <summary>Itanium special names (vtable <c>_ZTV</c>, VTT <c>_ZTT</c>, typeinfo <c>_ZTI</c> and its name <c>_ZTS</c>, construction vtable <c>_ZTC</c>, TLS init and wrapper <c>_ZTH</c>/<c>_ZTW</c>, guard variable <c>_ZGV</c>).</summary>
    private static bool IsCompilerArtefact(string name)
        => name.StartsWith("_ZT", StringComparison.Ordinal) && name.Length > 3 && name[3] is 'V' or 'T' or 'I' or 'S' or 'C' or 'H' or 'W'
            || name.StartsWith("_ZGV", StringComparison.Ordinal);

    private static bool IsCodeOrData(SymbolKind kind)
        => kind is SymbolKind.Function or SymbolKind.IFunc or SymbolKind.Object or SymbolKind.Tls or SymbolKind.Common;
}

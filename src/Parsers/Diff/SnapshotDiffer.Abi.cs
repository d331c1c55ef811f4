using System.Globalization;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

public static partial class SnapshotDiffer
{
    /// <summary>Exports every type change lists, however large the diff (<see cref="DiffOptions.MaxListedExports"/>).</summary>
    internal const int MinListedPerChange = 10;

    /// <summary>One-sided exports a note names before "and N more".</summary>
    private const int NotedNames = 5;

    /// <summary>
    /// The type-aware part of a diff, when both sides carry an ABI surface: each export described
    /// on both sides is compared declaration by declaration, then every type those exports reach
    /// is compared with its counterpart, and each difference names the exports it reaches.
    /// </summary>
    private static void CompareAbi(Snapshot o, Snapshot n, ChangeCollector collector)
    {
        if (o.Abi is null || n.Abi is null)
        {
            if (o.Abi is not null || n.Abi is not null)
            {
                var (with, without) = o.Abi is not null ? (o, n) : (n, o);
                collector.Note($"{with.File.Name} has debug info but {without.File.Name} has none ({AbiEvidenceText.SymbolsOnly}): parameters, return types, variables and type layouts were not compared, only names, kinds, sizes and versions.");
            }

            return;
        }

        foreach (var s in (ReadOnlySpan<Snapshot>)[o, n])
        {
            if (s.Abi!.Evidence.Partial)
            {
                collector.Note($"The debug info of {s.File.Name} was cut short by limits (see its diagnostics): what it lacks was not compared.");
            }
        }
        var oldIndex = new AbiTypeIndex(o.Abi);
        var newIndex = new AbiTypeIndex(n.Abi);
        var pairing = AbiPairing.Of(o, n, collector);
        NoteOneSided(pairing.OneSided, collector);

        var privates = PrivateExports.Of(o);
        var signatures = new AbiSignatureComparer(oldIndex, newIndex);
        foreach (var (of, nf, export) in pairing.Functions)
        {
            AddSignatureChanges(signatures.Compare(of, nf), export, pairing, privates, collector);
        }

        foreach (var (ov, nv, export) in pairing.Variables)
        {
            AddSignatureChanges(signatures.Compare(ov, nv), export, pairing, privates, collector);
        }
        var candidates = ChangedTypes.Find(oldIndex, newIndex);
        if (candidates.Count == 0)
        {
            return;
        }

        var graph = new AbiGraph(oldIndex, pairing.Exports);
        var comparer = new AbiTypeComparer(graph, oldIndex, newIndex, HandedOut(pairing, oldIndex), pairing.DisplayName);
        var changed = new List<(int Node, List<TypeDifference> Differences)>();
        foreach (var (node, counterpart) in candidates)
        {
            // A type no compared export reaches is no one's contract: its changes are not reported.
            if (graph.IsReached(node) && comparer.Compare(node, counterpart) is { Count: > 0 } differences)
            {
                changed.Add((node, differences));
            }
        }

        int cap = Math.Max(MinListedPerChange, collector.MaxListedExports / Math.Max(1, changed.Count));
        var reaches = new List<(AbiSymbol[] Symbols, int? Count)>(changed.Count);
        var uncounted = new List<int>();
        foreach (var (node, _) in changed)
        {
            var (listed, count) = graph.Reach(node, cap);
            reaches.Add(([.. listed.Select(r => new AbiSymbol(r.Export.Symbol, pairing.Demangled(r.Export.Symbol), r.Path))], count));
            if (count is null)
            {
                uncounted.Add(node);
            }
        }

        // Walks that stopped at the cap did not count: one pass over the condensed graph counts them all.
        var counts = uncounted.Count == 0 ? [] : graph.CountReaching(uncounted);
        for (int i = 0, next = 0; i < changed.Count; i++)
        {
            var (node, differences) = changed[i];
            var (symbols, count) = reaches[i];
            int total = count ?? counts[next++];
            bool onlyPrivate = privates.AllPrivate(symbols, total);
            foreach (var d in differences)
            {
                var (severity, rationale) = onlyPrivate ? PrivateExports.Lowered(d.Severity, d.Rationale) : (d.Severity, d.Rationale);
                collector.Add(new AbiChange
                {
                    Kind = d.Kind, Severity = severity, Type = graph.Type(node).Id, Item = d.Item, Before = d.Before, After = d.After,
                    Symbols = symbols, ExportCount = total, Rationale = rationale,
                });
            }
        }
    }

    private static void AddSignatureChanges(List<TypeDifference> differences, AbiExport export, AbiPairing pairing, PrivateExports privates, ChangeCollector collector)
    {
        bool isPrivate = privates.IsPrivate(export.Symbol);
        foreach (var d in differences)
        {
            var (severity, rationale) = isPrivate ? PrivateExports.Lowered(d.Severity, d.Rationale) : (d.Severity, d.Rationale);
            collector.Add(new AbiChange
            {
                Kind = d.Kind, Severity = severity, Symbol = export.Symbol, Demangled = pairing.Demangled(export.Symbol), Item = d.Item,
                Before = d.Before, After = d.After, Rationale = rationale,
            });
        }
    }

    /// <summary>
    /// Aggregates the library hands out, with the symbol of an export that does: it returns a
    /// pointer to one, or fills a pointer to a pointer (an out-parameter). Their callers need not allocate them (docs/diff.md) —
    /// unless the library also exports a constructor, which callers run on storage of their own.
    /// </summary>
    private static Dictionary<string, string> HandedOut(AbiPairing pairing, AbiTypeIndex index)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var constructed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (f, _, export) in pairing.Functions)
        {
            if (f.Class is { } owner && index.Find(owner) is { } type && AbiDeclarations.LastComponent(f.Name) == AbiDeclarations.LastComponent(TypeShapes.BareName(type.Name)))
            {
                constructed.Add(owner);
            }

            if (PointeeAggregate(index, f.Return, 1) is { } returned && !result.ContainsKey(returned))
            {
                result.Add(returned, export.Symbol);
            }

            foreach (var p in f.Parameters)
            {
                if (!p.Artificial && PointeeAggregate(index, p.Type, 2) is { } filled && !result.ContainsKey(filled))
                {
                    result.Add(filled, export.Symbol);
                }
            }
        }

        foreach (string id in constructed)
        {
            result.Remove(id);
        }

        return result;
    }

    /// <summary>The aggregate behind exactly <paramref name="pointers"/> levels of pointers (typedefs and qualifiers seen through).</summary>
    private static string? PointeeAggregate(AbiTypeIndex index, string? id, int pointers)
    {
        var type = index.Resolve(id);
        for (int i = 0; i < pointers; i++)
        {
            if (type?.Kind != AbiTypeKind.Pointer)
            {
                return null;
            }

            type = index.Resolve(type.Target);
        }

        return type is { Kind: AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union } ? type.Id : null;
    }

    private static void NoteOneSided(List<string> names, ChangeCollector collector)
    {
        if (names.Count == 0)
        {
            return;
        }

        string shown = string.Join(", ", names.Take(NotedNames));
        string more = names.Count > NotedNames ? string.Create(CultureInfo.InvariantCulture, $" and {names.Count - NotedNames} more") : string.Empty;
        collector.Note(string.Create(CultureInfo.InvariantCulture,
            $"{names.Count} export{(names.Count == 1 ? " is" : "s are")} described by the debug info of one side only and compared by name only: {shown}{more}."));
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

public static partial class SnapshotDiffer
{
    /// <summary>
    /// Explains removals and additions that belong together, by hash joins on a derived key: a Rust
    /// symbol whose hash changed is one info change; a C++ function with the same qualified name
    /// and kind but another parameter list is one signature change. The rest are reported as is.
    /// </summary>
    private static void PairRemovedAndAdded(List<SnapshotExport> removed, List<SnapshotExport> added, ChangeCollector collector)
    {
        if (collector.Demangle is not null)
        {
            // Only the unmatched names are demangled: the C++ pairing needs them, nothing else does.
            removed = removed.ConvertAll(e => e.Demangled is null ? e with { Demangled = collector.DemangledOf(e) } : e);
            added = added.ConvertAll(e => e.Demangled is null ? e with { Demangled = collector.DemangledOf(e) } : e);
        }

        var removedDone = new bool[removed.Count];
        var addedDone = new bool[added.Count];

        Pair(removed, added, removedDone, addedDone, e => RustSymbolHash.Key(e.Name), (o, n) =>
            collector.Symbol(ChangeKind.RustHashChanged, ChangeSeverity.Info, o, before: o.Name, after: n.Name));

        Pair(removed, added, removedDone, addedDone, e => CppSignature.QualifiedName(e.Demangled) is { } q ? EnumNames.Of(e.Kind) + " " + q : null, (o, n) =>
            collector.Add(new AbiChange
            {
                Kind = ChangeKind.SignatureChanged,
                Severity = ChangeSeverity.Incompatible,
                Symbol = o.Name,
                Demangled = o.Demangled,
                Version = o.Version,
                Before = o.Demangled,
                After = n.Demangled,
                Symbols = [new AbiSymbol(o.Name!, o.Demangled), new AbiSymbol(n.Name!, n.Demangled)],
            }));

        for (int i = 0; i < removed.Count; i++)
        {
            if (!removedDone[i])
            {
                collector.Symbol(ChangeKind.ExportRemoved, LinkerSymbols.Contains(removed[i].Name) ? ChangeSeverity.Info : ChangeSeverity.Incompatible, removed[i]);
            }
        }

        for (int i = 0; i < added.Count; i++)
        {
            if (!addedDone[i])
            {
                collector.Symbol(ChangeKind.ExportAdded, LinkerSymbols.Contains(added[i].Name) ? ChangeSeverity.Info : ChangeSeverity.Compatible, added[i]);
            }
        }
    }

    /// <summary>Pairs not-yet-explained removals and additions with equal keys, first come first paired.</summary>
    private static void Pair(
        List<SnapshotExport> removed,
        List<SnapshotExport> added,
        bool[] removedDone,
        bool[] addedDone,
        Func<SnapshotExport, string?> key,
        Action<SnapshotExport, SnapshotExport> report)
    {
        var byKey = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (int i = 0; i < added.Count; i++)
        {
            if (!addedDone[i] && key(added[i]) is { } k)
            {
                if (!byKey.TryGetValue(k, out var queue))
                {
                    queue = new Queue<int>(1);
                    byKey.Add(k, queue);
                }

                queue.Enqueue(i);
            }
        }

        if (byKey.Count == 0)
        {
            return;
        }

        for (int i = 0; i < removed.Count; i++)
        {
            if (!removedDone[i] && key(removed[i]) is { } k && byKey.TryGetValue(k, out var queue) && queue.Count > 0)
            {
                int j = queue.Dequeue();
                removedDone[i] = true;
                addedDone[j] = true;
                report(removed[i], added[j]);
            }
        }
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

public static partial class SnapshotDiffer
{
    /// <summary>
    /// Finds ELF version nodes that were renamed: a node V1 only in the old file whose surviving
    /// symbols went, at least half of them, to one node V2 only in the new file. Reports each rename
    /// as one grouped change (libabigail reports thousands of removals here), each other vanished
    /// node as removed and each other new node as added, and returns the old-to-new name map that
    /// the symbol join then applies.
    /// </summary>
    private static Dictionary<string, string> DetectVersionRenames(
        Snapshot o,
        Snapshot n,
        ExportGroups oldGroups,
        ExportGroups newGroups,
        List<(int Old, int New)> pairs,
        ChangeCollector collector)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var oldVersions = VersionNames(o);
        var newVersions = VersionNames(n);
        var removed = oldVersions.Where(v => !newVersions.Contains(v)).ToList();
        var added = newVersions.Where(v => !oldVersions.Contains(v)).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return renames;
        }

        var removedSet = new HashSet<string>(removed, StringComparer.Ordinal);
        var addedSet = new HashSet<string>(added, StringComparer.Ordinal);
        var survivors = new Dictionary<string, int>(StringComparer.Ordinal);
        var moves = new Dictionary<(string From, string To), int>();
        if (removed.Count > 0 && added.Count > 0)
        {
            foreach (var (oldHead, newHead) in pairs)
            {
                for (int i = oldHead; i >= 0; i = oldGroups.Next(i))
                {
                    string? from = o.Exports[i].Version;
                    if (from is null || !removedSet.Contains(from))
                    {
                        continue;
                    }

                    survivors[from] = survivors.GetValueOrDefault(from) + 1;
                    for (int j = newHead; j >= 0; j = newGroups.Next(j))
                    {
                        string? to = n.Exports[j].Version;
                        if (to is not null && addedSet.Contains(to))
                        {
                            moves[(from, to)] = moves.GetValueOrDefault((from, to)) + 1;
                        }
                    }
                }
            }
        }

        // Greedy one-to-one assignment, strongest evidence first; ties broken by name for stable output.
        var usedTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ((from, to), count) in moves.OrderByDescending(m => m.Value).ThenBy(m => m.Key.From, StringComparer.Ordinal).ThenBy(m => m.Key.To, StringComparer.Ordinal))
        {
            if (renames.ContainsKey(from) || usedTargets.Contains(to) || count * 2 < survivors[from])
            {
                continue;
            }

            renames[from] = to;
            usedTargets.Add(to);
        }

        foreach (string v in removed)
        {
            if (renames.TryGetValue(v, out string? to))
            {
                collector.Add(new AbiChange
                {
                    Kind = ChangeKind.VersionNodeRenamed,
                    Severity = ChangeSeverity.Incompatible,
                    Version = v,
                    Before = v,
                    After = to,
                    Symbols = MovedSymbols(o, n, v, to, oldGroups, newGroups, pairs, collector),
                });
            }
            else
            {
                collector.Add(new AbiChange { Kind = ChangeKind.VersionNodeRemoved, Severity = ChangeSeverity.Incompatible, Version = v, Before = v });
            }
        }

        foreach (string v in added)
        {
            if (!usedTargets.Contains(v))
            {
                collector.Add(new AbiChange { Kind = ChangeKind.VersionNodeAdded, Severity = ChangeSeverity.Compatible, Version = v, After = v });
            }
        }

        return renames;
    }

    /// <summary>The old file's symbols in version <paramref name="from"/> that the new file has in <paramref name="to"/>, by name.</summary>
    private static List<AbiSymbol> MovedSymbols(Snapshot o, Snapshot n, string from, string to, ExportGroups oldGroups, ExportGroups newGroups, List<(int Old, int New)> pairs, ChangeCollector collector)
    {
        var symbols = new List<AbiSymbol>();
        foreach (var (oldHead, newHead) in pairs)
        {
            for (int i = oldHead; i >= 0; i = oldGroups.Next(i))
            {
                var e = o.Exports[i];
                if (e.Version != from)
                {
                    continue;
                }

                for (int j = newHead; j >= 0; j = newGroups.Next(j))
                {
                    if (n.Exports[j].Version == to)
                    {
                        symbols.Add(new AbiSymbol(e.Name!, collector.DemangledOf(e)));
                        break;
                    }
                }
            }
        }

        symbols.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return symbols;
    }

    /// <summary>Defined version names: the non-base version nodes, plus any version an export carries (snapshots from other tools may omit nodes).</summary>
    private static List<string> VersionNames(Snapshot s)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        string? baseName = null;
        foreach (var node in s.VersionNodes)
        {
            if (node.IsBase)
            {
                baseName = node.Name;
            }
            else if (seen.Add(node.Name))
            {
                names.Add(node.Name);
            }
        }

        foreach (var e in s.Exports)
        {
            if (e.Version is not null && e.Version != baseName && seen.Add(e.Version))
            {
                names.Add(e.Version);
            }
        }

        return names;
    }
}

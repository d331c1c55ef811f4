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

    private static string? MapVersion(string? version, Dictionary<string, string> renames)
        => version is not null && renames.Count > 0 && renames.TryGetValue(version, out string? to) ? to : version;

    /// <summary>
    /// One name on both sides: match versions (through renames), then compare each matched pair.
    /// An unversioned definition whose name now has a default version is not a removal: an old
    /// binary's reference carries no version, and ld.so binds such a reference to the default
    /// (glibc elf/dl-lookup.c, check_match), so it goes to <paramref name="versioned"/> instead.
    /// </summary>
    private static void CompareVersions(List<SnapshotExport> oldList, List<SnapshotExport> newList, Dictionary<string, string> renames, List<SnapshotExport> versioned, ChangeCollector collector)
    {
        var matched = new bool[newList.Count];
        var oldDefault = oldList.Find(IsDefault);
        var newDefault = newList.Find(IsDefault);
        bool oldDefaultRemoved = false;
        bool becameVersioned = false;
        foreach (var e in oldList)
        {
            string? mapped = MapVersion(e.Version, renames);
            int j = newList.FindIndex(ne => ne.Version == mapped);
            if (j >= 0)
            {
                matched[j] = true;
                CompareAttributes(e, newList[j], collector);
                continue;
            }

            if (e.Version is null && newDefault?.Version is not null && !matched[newList.IndexOf(newDefault)])
            {
                matched[newList.IndexOf(newDefault)] = true;
                becameVersioned = true;
                CompareAttributes(e, newDefault, collector);
                versioned.Add(newDefault);
                continue;
            }

            // foo@V1 gone while foo stays: binaries bound to foo@V1 fail with "version not found".
            oldDefaultRemoved |= ReferenceEquals(e, oldDefault);
            collector.Symbol(ChangeKind.VersionRemoved, ChangeSeverity.Incompatible, e, before: VersionText(e), after: newDefault is null ? null : VersionText(newDefault));
        }

        for (int j = 0; j < newList.Count; j++)
        {
            var ne = newList[j];
            if (matched[j])
            {
                continue;
            }

            if (ReferenceEquals(ne, newDefault))
            {
                // When the old default was removed, its version-removed change already says where it went.
                if (!oldDefaultRemoved && oldDefault is not null)
                {
                    collector.Symbol(ChangeKind.DefaultVersionMoved, ChangeSeverity.Compatible, ne, before: VersionText(oldDefault), after: VersionText(ne));
                }

                continue;
            }

            collector.Symbol(ChangeKind.VersionAdded, ChangeSeverity.Compatible, ne, after: VersionText(ne));
        }

        // Both defaults kept but the @@ moved from one kept version to another.
        if (oldDefault is not null && newDefault is not null && !oldDefaultRemoved && !becameVersioned && matched[newList.IndexOf(newDefault)])
        {
            if (MapVersion(oldDefault.Version, renames) != newDefault.Version)
            {
                collector.Symbol(ChangeKind.DefaultVersionMoved, ChangeSeverity.Compatible, newDefault, before: VersionText(oldDefault), after: VersionText(newDefault));
            }
        }
    }

    /// <summary>Names that gained a default version, as one compatible change per version node (a library that starts versioning lists every export).</summary>
    private static void ReportVersioned(List<SnapshotExport> versioned, ChangeCollector collector)
    {
        foreach (var group in versioned.GroupBy(e => e.Version!, StringComparer.Ordinal))
        {
            var symbols = group.Select(e => new AbiSymbol(ChangeCollector.NameOf(e), collector.DemangledOf(e))).OrderBy(s => s.Name, StringComparer.Ordinal).ToArray();
            collector.Add(new AbiChange
            {
                Kind = ChangeKind.SymbolsVersioned,
                Severity = ChangeSeverity.Compatible,
                Version = group.Key,
                Before = "(unversioned)",
                After = group.Key,
                Symbols = symbols,
            });
        }
    }

    /// <summary>The version a plain reference binds to: the @@ one, or the unversioned definition.</summary>
    private static bool IsDefault(SnapshotExport e) => e.DefaultVersion != false;

    private static string VersionText(SnapshotExport e)
        => e.Version is null ? "(unversioned)" : (e.DefaultVersion == false ? "@" : "@@") + e.Version;
}

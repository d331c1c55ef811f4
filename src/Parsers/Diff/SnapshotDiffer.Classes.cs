using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

public static partial class SnapshotDiffer
{
    /// <summary>
    /// C++ layout hints from the symbols alone (no debug info needed, so stripped builds too):
    /// a class that already exported members and now exports a vtable or typeinfo became
    /// polymorphic, so a vtable pointer moved every member (incompatible); typeinfo that vanishes
    /// or appears is one change per class rather than one per symbol. The symbols these changes
    /// explain are marked done, so they are not also reported as removed or added exports.
    /// </summary>
    private static void ExplainClasses(List<SnapshotExport> removed, List<SnapshotExport> added, bool[] removedDone, bool[] addedDone, IReadOnlyList<SnapshotExport> oldExports, ChangeCollector collector)
    {
        var addedByType = SpecialsByType(added, addedDone);
        var removedByType = SpecialsByType(removed, removedDone);
        if (addedByType.Count == 0 && removedByType.Count == 0)
        {
            return;
        }

        if (addedByType.Count > 0)
        {
            var hadSpecial = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in oldExports)
            {
                if (e.Name is not null && CppClassSymbols.TrySplitSpecial(e.Name, out string prefix, out string type) && prefix is "_ZTV" or "_ZTI")
                {
                    hadSpecial.Add(type);
                }
            }

            var candidates = addedByType.Where(p => !hadSpecial.Contains(p.Key) && p.Value.Exists(i => Special(added[i]) is "_ZTV" or "_ZTI")).Select(p => p.Key).ToList();
            var polymorphic = ClassesWithMembers(candidates, oldExports);
            foreach (var (type, indices) in addedByType)
            {
                if (polymorphic.Contains(type))
                {
                    ReportClass(ChangeKind.ClassBecamePolymorphic, ChangeSeverity.Incompatible, indices, added, addedDone, collector);
                }
                else if (indices.FindAll(i => Special(added[i]) is "_ZTI" or "_ZTS") is { Count: > 0 } typeinfo)
                {
                    ReportClass(ChangeKind.TypeinfoAdded, ChangeSeverity.Compatible, typeinfo, added, addedDone, collector);
                }
            }
        }

        foreach (var (_, indices) in removedByType)
        {
            if (indices.FindAll(i => Special(removed[i]) is "_ZTI" or "_ZTS") is { Count: > 0 } typeinfo)
            {
                // Clients reference _ZTI to catch the class, dynamic_cast to it or derive from it.
                ReportClass(ChangeKind.TypeinfoRemoved, ChangeSeverity.Incompatible, typeinfo, removed, removedDone, collector);
            }
        }
    }

    /// <summary>Not-yet-explained vtable, typeinfo and typeinfo-name symbols, by the class's type encoding, in list order.</summary>
    private static Dictionary<string, List<int>> SpecialsByType(List<SnapshotExport> exports, bool[] done)
    {
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < exports.Count; i++)
        {
            if (!done[i] && exports[i].Name is { } name && CppClassSymbols.TrySplitSpecial(name, out _, out string type))
            {
                if (!byType.TryGetValue(type, out var list))
                {
                    list = [];
                    byType.Add(type, list);
                }

                list.Add(i);
            }
        }

        return byType;
    }

    private static string? Special(SnapshotExport e)
        => e.Name is { } name && CppClassSymbols.TrySplitSpecial(name, out string prefix, out _) ? prefix : null;

    /// <summary>
    /// The candidate types that have a direct member among <paramref name="exports"/>. One pass over
    /// the exports, each looked up by the few distinct prefix lengths without allocating.
    /// </summary>
    private static HashSet<string> ClassesWithMembers(List<string> types, IReadOnlyList<SnapshotExport> exports)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (types.Count == 0)
        {
            return found;
        }

        var byPrefix = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string type in types)
        {
            byPrefix.TryAdd(CppClassSymbols.MemberPrefix(type), type);
        }

        var lookup = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        int[] lengths = byPrefix.Keys.Select(k => k.Length).Distinct().ToArray();
        foreach (var e in exports)
        {
            if (e.Name is null)
            {
                continue;
            }

            var body = CppClassSymbols.NestedBody(e.Name);
            foreach (int length in lengths)
            {
                if (body.Length > length && lookup.TryGetValue(body[..length], out string? type) && CppClassSymbols.IsDirectMember(body[length..]))
                {
                    found.Add(type);
                }
            }
        }

        return found;
    }

    /// <summary>One change for a class, named after it, listing the symbols it explains (vtable first).</summary>
    private static void ReportClass(ChangeKind kind, ChangeSeverity severity, List<int> indices, List<SnapshotExport> exports, bool[] done, ChangeCollector collector)
    {
        var symbols = indices.Select(i => exports[i]).OrderBy(e => Special(e) switch { "_ZTV" => 0, "_ZTI" => 1, _ => 2 }).ToList();
        var primary = symbols[0];
        collector.Add(new AbiChange
        {
            Kind = kind,
            Severity = severity,
            Symbol = primary.Name,
            Demangled = CppClassSymbols.ClassName(collector.DemangledOf(primary)),
            Version = primary.Version,
            Symbols = symbols.Select(e => new AbiSymbol(e.Name!, collector.DemangledOf(e))).ToArray(),
        });
        foreach (int i in indices)
        {
            done[i] = true;
        }
    }
}

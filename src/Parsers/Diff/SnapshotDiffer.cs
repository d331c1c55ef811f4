using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Compares two snapshots and classifies every change. Linear in the number of symbols: every
/// join is a hash join on the symbol name (or PE ordinal), version renames are found by counting
/// where each old version's symbols went, and C++/Rust pairing joins the leftover removals and
/// additions on a derived key. Members of archives and fat files are matched by name (slices by
/// arch) and compared each.
/// </summary>
public static partial class SnapshotDiffer
{
    /// <summary>Compares <paramref name="oldSnapshot"/> with <paramref name="newSnapshot"/>.</summary>
    public static AbiDiff Compare(Snapshot oldSnapshot, Snapshot newSnapshot, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(oldSnapshot);
        ArgumentNullException.ThrowIfNull(newSnapshot);
        options ??= DiffOptions.Default;
        oldSnapshot = SnapshotNormalizer.Normalize(oldSnapshot);
        newSnapshot = SnapshotNormalizer.Normalize(newSnapshot);

        var collector = new ChangeCollector();
        CompareTree(oldSnapshot, newSnapshot, collector, prefix: null);

        IReadOnlyList<AbiChange> changes = collector.Changes;
        IReadOnlyList<SuppressionOutcome> outcomes = [];
        if (options.Suppressions is { } suppressions)
        {
            var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
            changes = suppressions.Apply(changes, today, out outcomes);
        }

        var ordered = Order(changes);
        var summary = DiffSummary.Of(ordered);
        return new AbiDiff
        {
            Old = DiffSide.Of(oldSnapshot),
            New = DiffSide.Of(newSnapshot),
            Verdict = AbiDiff.VerdictOf(summary),
            Summary = summary,
            Changes = ordered,
            Suppressions = outcomes,
        };
    }

    private static void CompareTree(Snapshot o, Snapshot n, ChangeCollector collector, string? prefix)
    {
        collector.Member = prefix;
        CompareFile(o, n, collector);
        CompareExports(o, n, collector);
        CompareMembers(o, n, collector, prefix);
    }

    private static void CompareMembers(Snapshot o, Snapshot n, ChangeCollector collector, string? prefix)
    {
        if (o.Members.Count == 0 && n.Members.Count == 0)
        {
            return;
        }

        var newByKey = new Dictionary<string, Snapshot>(StringComparer.Ordinal);
        foreach (var m in n.Members)
        {
            newByKey.TryAdd(MemberKey(m), m);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in o.Members)
        {
            string key = MemberKey(m);
            if (!seen.Add(key))
            {
                continue;
            }

            string label = prefix is null ? key : prefix + "/" + key;
            if (newByKey.TryGetValue(key, out var counterpart))
            {
                CompareTree(m, counterpart, collector, label);
            }
            else
            {
                collector.Member = label;
                bool exported = m.Exports.Count > 0 || m.Members.Count > 0;
                collector.File(ChangeKind.MemberRemoved, exported ? ChangeSeverity.Breaking : ChangeSeverity.Info, key, null);
            }
        }

        foreach (var m in n.Members)
        {
            string key = MemberKey(m);
            if (!seen.Contains(key) && seen.Add(key))
            {
                collector.Member = prefix is null ? key : prefix + "/" + key;
                collector.File(ChangeKind.MemberAdded, ChangeSeverity.Compatible, null, key);
            }
        }

        collector.Member = prefix;
    }

    /// <summary>Archive members match by name; fat slices (whose member name is the arch) by arch.</summary>
    private static string MemberKey(Snapshot member) => member.Member ?? member.Arch ?? member.File.Name;

    /// <summary>Breaking first, then compatible, then info; then by kind, member and name, so output is stable.</summary>
    private static AbiChange[] Order(IReadOnlyList<AbiChange> changes)
    {
        var array = changes.ToArray();
        var keys = new (int Suppressed, int Severity, int Kind, string Member, string Name, int Index)[array.Length];
        for (int i = 0; i < array.Length; i++)
        {
            var c = array[i];
            keys[i] = (c.Suppressed ? 1 : 0, (int)c.Severity, (int)c.Kind, c.Member ?? string.Empty, c.DisplayName ?? c.Before ?? c.After ?? string.Empty, i);
        }

        Array.Sort(keys, array, KeyComparer.Instance);
        return array;
    }

    private sealed class KeyComparer : IComparer<(int Suppressed, int Severity, int Kind, string Member, string Name, int Index)>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare((int Suppressed, int Severity, int Kind, string Member, string Name, int Index) x, (int Suppressed, int Severity, int Kind, string Member, string Name, int Index) y)
        {
            int c = x.Suppressed.CompareTo(y.Suppressed);
            if (c == 0) c = x.Severity.CompareTo(y.Severity);
            if (c == 0) c = x.Kind.CompareTo(y.Kind);
            if (c == 0) c = string.CompareOrdinal(x.Member, y.Member);
            if (c == 0) c = string.CompareOrdinal(x.Name, y.Name);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }
}

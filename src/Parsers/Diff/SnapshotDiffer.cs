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

        var collector = new ChangeCollector { Demangle = options.Demangle };
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

        var oldKeys = MemberKeys(o.Members);
        var newKeys = MemberKeys(n.Members);
        var newByKey = new Dictionary<string, Snapshot>(StringComparer.Ordinal);
        for (int i = 0; i < n.Members.Count; i++)
        {
            newByKey.Add(newKeys[i], n.Members[i]);
        }

        var oldKeySet = new HashSet<string>(oldKeys, StringComparer.Ordinal);
        for (int i = 0; i < o.Members.Count; i++)
        {
            var m = o.Members[i];
            string key = oldKeys[i];
            string label = prefix is null ? key : prefix + "/" + key;
            if (newByKey.TryGetValue(key, out var counterpart))
            {
                CompareTree(m, counterpart, collector, label);
            }
            else
            {
                collector.Member = label;
                bool exported = m.Exports.Count > 0 || m.Members.Count > 0;
                collector.File(ChangeKind.MemberRemoved, exported ? ChangeSeverity.Incompatible : ChangeSeverity.Info, key, null);
            }
        }

        for (int i = 0; i < n.Members.Count; i++)
        {
            if (!oldKeySet.Contains(newKeys[i]))
            {
                collector.Member = prefix is null ? newKeys[i] : prefix + "/" + newKeys[i];
                collector.File(ChangeKind.MemberAdded, ChangeSeverity.Compatible, null, newKeys[i]);
            }
        }

        collector.Member = prefix;
    }

    /// <summary>
    /// Archive members match by name, fat slices (whose member name is the arch) by arch. ar allows
    /// one name many times (an import library names every member after its DLL; readers suffix
    /// repeats with <c>#2</c>, <c>#3</c> by position, which shifts when one is removed), so a
    /// repeated name is keyed by name and the member's first export (<c>widget.dll:Open</c>);
    /// whatever is still ambiguous is numbered in order.
    /// </summary>
    private static string[] MemberKeys(IReadOnlyList<Snapshot> members)
    {
        var baseNames = new string[members.Count];
        var nameCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < members.Count; i++)
        {
            baseNames[i] = BaseName(members[i].Member ?? members[i].Arch ?? members[i].File.Name);
            nameCounts[baseNames[i]] = nameCounts.GetValueOrDefault(baseNames[i]) + 1;
        }

        var keys = new string[members.Count];
        var keyCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < members.Count; i++)
        {
            string key = nameCounts[baseNames[i]] == 1 || FirstExport(members[i]) is not { } first ? baseNames[i] : baseNames[i] + ":" + first;
            int count = keyCounts.GetValueOrDefault(key) + 1;
            keyCounts[key] = count;
            keys[i] = count == 1 ? key : $"{key}#{count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        return keys;
    }

    /// <summary>The member name without a reader's positional <c>#n</c> suffix.</summary>
    private static string BaseName(string name)
    {
        int hash = name.LastIndexOf('#');
        if (hash <= 0 || hash == name.Length - 1)
        {
            return name;
        }

        for (int i = hash + 1; i < name.Length; i++)
        {
            if (!char.IsAsciiDigit(name[i]))
            {
                return name;
            }
        }

        return name[..hash];
    }

    /// <summary>The smallest export name, preferring real names to <c>__imp_</c> pointers; null without named exports.</summary>
    private static string? FirstExport(Snapshot member)
    {
        string? best = null;
        bool bestIsPointer = true;
        foreach (var e in member.Exports)
        {
            if (e.Name is null)
            {
                continue;
            }

            bool pointer = e.Name.StartsWith("__imp_", StringComparison.Ordinal);
            if (best is null || (bestIsPointer && !pointer) || (pointer == bestIsPointer && string.CompareOrdinal(e.Name, best) < 0))
            {
                best = e.Name;
                bestIsPointer = pointer;
            }
        }

        return best;
    }

    /// <summary>Worst tier first (incompatible, api-break, risk, compatible, info), suppressed last; then by kind, member and name, so output is stable.</summary>
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
            int c = x.Suppressed != y.Suppressed ? x.Suppressed.CompareTo(y.Suppressed)
                : x.Severity != y.Severity ? x.Severity.CompareTo(y.Severity)
                : x.Kind != y.Kind ? x.Kind.CompareTo(y.Kind)
                : string.CompareOrdinal(x.Member, y.Member);
            if (c == 0)
            {
                c = string.CompareOrdinal(x.Name, y.Name);
            }

            // The original position last: a stable sort, so equal changes keep the order they were found in.
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }
}

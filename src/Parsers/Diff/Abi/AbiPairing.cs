using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The functions and variables both surfaces describe, matched by symbol (and, for a name ELF
/// exports under several versions, by the version each address carries), and the exports only
/// one side's debug info describes. Names are demangled on demand: a diff reports a few of the
/// tens of thousands of exports it follows.
/// </summary>
internal sealed partial class AbiPairing
{
    private readonly Snapshot _old;
    private readonly Snapshot _new;
    private readonly ChangeCollector _collector;

    /// <summary>The version each (name, address) is exported under, per side, built when a versioned name first needs it.</summary>
    private Dictionary<(string, ulong), string?>? _oldVersions, _newVersions;

    /// <summary>The old exports by name, built on the first demangling request.</summary>
    private Dictionary<string, SnapshotExport>? _oldExports;

    private AbiPairing(Snapshot old, Snapshot @new, ChangeCollector collector) => (_old, _new, _collector) = (old, @new, collector);

    /// <summary>The matched exports as the old side describes them: the nodes <see cref="AbiGraph"/> starts from.</summary>
    public List<AbiExport> Exports { get; } = [];

    public List<(AbiFunction Old, AbiFunction New, AbiExport Export)> Functions { get; } = [];

    public List<(AbiVariable Old, AbiVariable New, AbiExport Export)> Variables { get; } = [];

    /// <summary>Symbols exported by both files but described by only one side's debug info: compared by name only.</summary>
    public List<string> OneSided { get; } = [];

    public static AbiPairing Of(Snapshot o, Snapshot n, ChangeCollector collector)
    {
        var result = new AbiPairing(o, n, collector);
        var unmatched = new List<string>();
        foreach (var (of, nf) in result.Match(o.Abi!.Functions, n.Abi!.Functions, f => f.Symbol, f => f.Address, unmatched))
        {
            var export = new AbiExport(of.Symbol, of, null);
            result.Exports.Add(export);
            result.Functions.Add((of, nf, export));
        }

        foreach (var (ov, nv) in result.Match(o.Abi.Variables, n.Abi.Variables, v => v.Symbol, v => v.Address, unmatched))
        {
            var export = new AbiExport(ov.Symbol, null, ov);
            result.Exports.Add(export);
            result.Variables.Add((ov, nv, export));
        }

        result.FindOneSided(o, n, unmatched);
        return result;
    }

    /// <summary>A symbol's demangled form: from the old snapshot, or demangled now when it was read without.</summary>
    public string? Demangled(string symbol)
    {
        if (_oldExports is null)
        {
            _oldExports = new Dictionary<string, SnapshotExport>(_old.Exports.Count, StringComparer.Ordinal);
            foreach (var e in _old.Exports)
            {
                if (e.Name is not null)
                {
                    _oldExports.TryAdd(e.Name, e);
                }
            }
        }

        return _oldExports.TryGetValue(symbol, out var export) ? _collector.DemangledOf(export) : _collector.Demangle?.Invoke(symbol);
    }

    /// <summary>The name a change shows for a symbol: demangled when it is mangled.</summary>
    public string DisplayName(string symbol) => Demangled(symbol) ?? symbol;

    /// <summary>
    /// Pairs by symbol; a symbol described more than once on either side (versions) pairs through
    /// the version of each address. Surfaces list functions and variables in symbol order, so
    /// the two lists are merged in one pass; lists out of order (hand-made JSON) are hashed.
    /// Symbols described on one side only are collected as candidates for <see cref="OneSided"/>.
    /// </summary>
    private List<(T Old, T New)> Match<T>(IReadOnlyList<T> olds, IReadOnlyList<T> news, Func<T, string> symbol, Func<T, ulong?> address, List<string> unmatched)
        where T : class
    {
        var pairs = new List<(T, T)>(olds.Count);
        if (!InOrder(olds, symbol) || !InOrder(news, symbol))
        {
            return MatchByHash(olds, news, symbol, address, unmatched);
        }

        int i = 0, j = 0;
        while (i < olds.Count || j < news.Count)
        {
            int order = i == olds.Count ? 1 : j == news.Count ? -1 : string.CompareOrdinal(symbol(olds[i]), symbol(news[j]));
            if (order != 0)
            {
                unmatched.Add(order < 0 ? symbol(olds[i++]) : symbol(news[j++]));
                continue;
            }

            string name = symbol(olds[i]);
            int oldEnd = i + 1, newEnd = j + 1;
            while (oldEnd < olds.Count && symbol(olds[oldEnd]) == name)
            {
                oldEnd++;
            }

            while (newEnd < news.Count && symbol(news[newEnd]) == name)
            {
                newEnd++;
            }

            if (oldEnd - i == 1 && newEnd - j == 1)
            {
                pairs.Add((olds[i], news[j]));
            }
            else
            {
                PairVersions(name, Range(olds, i, oldEnd), Range(news, j, newEnd), address, pairs);
            }

            (i, j) = (oldEnd, newEnd);
        }

        return pairs;
    }

    private static List<T> Range<T>(IReadOnlyList<T> items, int start, int end)
    {
        var range = new List<T>(end - start);
        for (int k = start; k < end; k++)
        {
            range.Add(items[k]);
        }

        return range;
    }

    private static bool InOrder<T>(IReadOnlyList<T> items, Func<T, string> symbol)
    {
        for (int i = 1; i < items.Count; i++)
        {
            if (string.CompareOrdinal(symbol(items[i - 1]), symbol(items[i])) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>foo@V1</c> and <c>foo@@V2</c> are two functions: each pairs with the one exported under the same version.</summary>
    private void PairVersions<T>(string name, List<T> olds, List<T> candidates, Func<T, ulong?> address, List<(T, T)> pairs)
        where T : class
    {
        foreach (var item in olds)
        {
            string? version = address(item) is { } a ? (_oldVersions ??= Versions(_old)).GetValueOrDefault((name, a)) : null;
            var match = version is null ? null : candidates.Find(c => address(c) is { } b && (_newVersions ??= Versions(_new)).GetValueOrDefault((name, b)) == version);
            if (match is not null)
            {
                pairs.Add((item, match));
            }
        }
    }

    private static Dictionary<(string, ulong), string?> Versions(Snapshot s)
    {
        var table = new Dictionary<(string, ulong), string?>();
        foreach (var e in s.Exports)
        {
            if (e.Name is not null && e.Address is { } a)
            {
                table.TryAdd((e.Name, a), e.Version);
            }
        }

        return table;
    }

    /// <summary>
    /// Of the symbols described on one side only (usually functions added or removed, which the
    /// name diff reports), those both files export: their types were not compared.
    /// </summary>
    private void FindOneSided(Snapshot o, Snapshot n, List<string> unmatched)
    {
        if (unmatched.Count == 0)
        {
            return;
        }

        var oldNames = Names(o);
        var newNames = Names(n);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in unmatched)
        {
            if (oldNames.Contains(name) && newNames.Contains(name) && seen.Add(name))
            {
                OneSided.Add(name);
            }
        }

        OneSided.Sort(StringComparer.Ordinal);
    }

    private static HashSet<string> Names(Snapshot s)
    {
        var result = new HashSet<string>(s.Exports.Count, StringComparer.Ordinal);
        foreach (var e in s.Exports)
        {
            if (e.Name is not null)
            {
                result.Add(e.Name);
            }
        }

        return result;
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The functions and variables both surfaces describe, matched by symbol (and, for a name ELF
/// exports under several versions, by the version each address carries), and the exports only
/// one side's debug info describes.
/// </summary>
internal sealed class AbiPairing
{
    /// <summary>The matched exports as the old side describes them: the nodes <see cref="AbiGraph"/> starts from.</summary>
    public List<AbiExport> Exports { get; } = [];

    public List<(AbiFunction Old, AbiFunction New, AbiExport Export)> Functions { get; } = [];

    public List<(AbiVariable Old, AbiVariable New, AbiExport Export)> Variables { get; } = [];

    /// <summary>Symbols exported by both files but described by only one side's debug info: compared by name only.</summary>
    public List<string> OneSided { get; } = [];

    public static AbiPairing Of(Snapshot o, Snapshot n, ChangeCollector collector)
    {
        var result = new AbiPairing();
        var oldExports = new Dictionary<string, SnapshotExport>(StringComparer.Ordinal);
        foreach (var e in o.Exports)
        {
            if (e.Name is not null)
            {
                oldExports.TryAdd(e.Name, e);
            }
        }

        string? Demangled(string symbol) => oldExports.TryGetValue(symbol, out var e) ? collector.DemangledOf(e) : collector.Demangle?.Invoke(symbol);

        foreach (var (of, nf) in Match(o, n, o.Abi!.Functions, n.Abi!.Functions, f => f.Symbol, f => f.Address))
        {
            var export = new AbiExport(of.Symbol, Demangled(of.Symbol), of, null);
            result.Exports.Add(export);
            result.Functions.Add((of, nf, export));
        }

        foreach (var (ov, nv) in Match(o, n, o.Abi.Variables, n.Abi.Variables, v => v.Symbol, v => v.Address))
        {
            var export = new AbiExport(ov.Symbol, Demangled(ov.Symbol), null, ov);
            result.Exports.Add(export);
            result.Variables.Add((ov, nv, export));
        }

        result.FindOneSided(o, n);
        return result;
    }

    private static IEnumerable<(T Old, T New)> Match<T>(Snapshot o, Snapshot n, IReadOnlyList<T> olds, IReadOnlyList<T> news, Func<T, string> symbol, Func<T, ulong?> address)
        where T : class
    {
        var newBySymbol = news.GroupBy(symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var group in olds.GroupBy(symbol, StringComparer.Ordinal))
        {
            if (!newBySymbol.TryGetValue(group.Key, out var candidates))
            {
                continue;
            }

            var list = group.ToList();
            if (list.Count == 1 && candidates.Count == 1)
            {
                yield return (list[0], candidates[0]);
                continue;
            }

            // foo@V1 and foo@@V2 are two functions: pair each by the version its address is exported under.
            var oldVersions = Versions(o, group.Key);
            var newVersions = Versions(n, group.Key);
            foreach (var item in list)
            {
                string? version = address(item) is { } a ? oldVersions.GetValueOrDefault(a) : null;
                var match = version is null ? null : candidates.Find(c => address(c) is { } b && newVersions.GetValueOrDefault(b) == version);
                if (match is not null)
                {
                    yield return (item, match);
                }
            }
        }
    }

    private static Dictionary<ulong, string?> Versions(Snapshot s, string name)
    {
        var result = new Dictionary<ulong, string?>();
        foreach (var e in s.Exports)
        {
            if (e.Name == name && e.Address is { } a)
            {
                result.TryAdd(a, e.Version);
            }
        }

        return result;
    }

    private void FindOneSided(Snapshot o, Snapshot n)
    {
        var oldDescribed = Described(o.Abi!);
        var newDescribed = Described(n.Abi!);
        var newNames = new HashSet<string>(n.Exports.Where(e => e.Name is not null).Select(e => e.Name!), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in o.Exports)
        {
            if (e.Name is { } name && newNames.Contains(name) && seen.Add(name) && oldDescribed.Contains(name) != newDescribed.Contains(name))
            {
                OneSided.Add(name);
            }
        }
    }

    private static HashSet<string> Described(AbiSurface abi)
        => new(abi.Functions.Select(f => f.Symbol).Concat(abi.Variables.Select(v => v.Symbol)), StringComparer.Ordinal);
}

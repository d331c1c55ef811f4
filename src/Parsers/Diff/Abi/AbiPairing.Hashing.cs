namespace AbiPortal.Parsers.Diff;

/// <summary>Pairing for surfaces whose functions or variables are not in symbol order (hand-made JSON): grouped by hashing, still linear.</summary>
internal sealed partial class AbiPairing
{
    private List<(T Old, T New)> MatchByHash<T>(IReadOnlyList<T> olds, IReadOnlyList<T> news, Func<T, string> symbol, Func<T, ulong?> address, List<string> unmatched)
        where T : class
    {
        var oldGroups = Group(olds, symbol);
        var newGroups = Group(news, symbol);
        var pairs = new List<(T, T)>(olds.Count);
        foreach (var (name, group) in oldGroups)
        {
            if (!newGroups.TryGetValue(name, out var candidates))
            {
                unmatched.Add(name);
            }
            else if (group.Count == 1 && candidates.Count == 1)
            {
                pairs.Add((group[0], candidates[0]));
            }
            else
            {
                PairVersions(name, group, candidates, address, pairs);
            }
        }

        unmatched.AddRange(newGroups.Keys.Where(name => !oldGroups.ContainsKey(name)));
        return pairs;
    }

    private static Dictionary<string, List<T>> Group<T>(IReadOnlyList<T> items, Func<T, string> symbol)
    {
        var groups = new Dictionary<string, List<T>>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!groups.TryGetValue(symbol(item), out var group))
            {
                groups.Add(symbol(item), group = []);
            }

            group.Add(item);
        }

        return groups;
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The named exports of one snapshot grouped by name, without a list per name (libLLVM has 45,000
/// names, nearly all with one version): a hash from name to the first export of that name, and a
/// chain from each export to the next one with the same name. Built in one pass, one hash per export.
/// </summary>
internal sealed class ExportGroups
{
    private readonly Dictionary<string, int> _first;
    private readonly int[] _next;

    public ExportGroups(IReadOnlyList<SnapshotExport> exports)
    {
        Exports = exports;
        _first = new Dictionary<string, int>(exports.Count, StringComparer.Ordinal);
        _next = new int[exports.Count];
        var last = new int[exports.Count];
        for (int i = 0; i < exports.Count; i++)
        {
            _next[i] = -1;
            var e = exports[i];

            // GNU ld defines one absolute symbol per version node, named after it (LIBX_1@@LIBX_1):
            // no code or data, and the node's fate is reported by the version-node changes.
            if (e.Name is null || (e.Version is not null && e.Name == e.Version))
            {
                continue;
            }

            if (!_first.TryGetValue(e.Name, out int head))
            {
                _first.Add(e.Name, i);
                last[i] = i;
                continue;
            }

            // The same name and version twice (rare: malformed, or a .symtab echo) is one export.
            bool duplicate = false;
            for (int j = head; j >= 0; j = _next[j])
            {
                duplicate |= exports[j].Version == e.Version;
            }

            if (!duplicate)
            {
                _next[last[head]] = i;
                last[head] = i;
            }
        }
    }

    public IReadOnlyList<SnapshotExport> Exports { get; }

    /// <summary>Index of the first export of each name, in file order.</summary>
    public Dictionary<string, int>.ValueCollection Heads => _first.Values;

    /// <summary>The first export named <paramref name="name"/>.</summary>
    public bool TryGetHead(string name, out int head) => _first.TryGetValue(name, out head);

    /// <summary>The next export with the same name, or -1.</summary>
    public int Next(int index) => _next[index];

    /// <summary>Whether the name has only this one export.</summary>
    public bool IsSingle(int head) => _next[head] < 0;

    /// <summary>Every export of the group starting at <paramref name="head"/>.</summary>
    public List<SnapshotExport> Group(int head)
    {
        var list = new List<SnapshotExport>(2);
        for (int j = head; j >= 0; j = _next[j])
        {
            list.Add(Exports[j]);
        }

        return list;
    }
}

namespace AbiPortal.Parsers.Diff;

/// <summary>Collects <see cref="AbiGraph"/>'s edges node by node (nodes added in order), then packs them into compressed rows.</summary>
internal sealed class EdgeLists(int nodes)
{
    private readonly int[] _start = new int[nodes + 1];
    private readonly List<int> _target = [];
    private readonly List<EdgeRole> _role = [];
    private readonly List<int> _index = [];
    private int _last = -1;

    /// <summary>Adds an edge from <paramref name="from"/>, which must not be lower than any node added before.</summary>
    public void Add(int from, int to, EdgeRole role, int index)
    {
        if (from < _last)
        {
            throw new InvalidOperationException("Edges must be added node by node, in order.");
        }

        _last = from;
        _start[from + 1]++;
        _target.Add(to);
        _role.Add(role);
        _index.Add(index);
    }

    public (int[] Start, int[] Source, int[] Target, EdgeRole[] Role, int[] Index) Build()
    {
        var source = new int[_target.Count];
        for (int n = 0; n + 1 < _start.Length; n++)
        {
            _start[n + 1] += _start[n];
            source.AsSpan(_start[n], _start[n + 1] - _start[n]).Fill(n);
        }

        return (_start, source, [.. _target], [.. _role], [.. _index]);
    }
}

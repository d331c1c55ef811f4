using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The old surface as a graph: one node per type and per export compared, an edge wherever one
/// uses another (a parameter, a field, a pointee...). Built once per diff in arrays (compressed
/// rows, forward and reverse), so that walking it allocates nothing per step: a libLLVM-size
/// surface has hundreds of thousands of types. From it come which types the compared exports
/// reach and how (<see cref="Exposure"/>), and for a changed type, which exports reach it and by
/// which path (<see cref="Reach"/>).
/// </summary>
internal sealed partial class AbiGraph
{
    private readonly AbiTypeIndex _index;
    private readonly int _typeCount;
    private readonly IReadOnlyList<AbiExport> _exports;

    // Forward edges of node n: _edgeStart[n] .. _edgeStart[n + 1] - 1.
    private readonly int[] _edgeStart;
    private readonly int[] _edgeSource;
    private readonly int[] _edgeTarget;
    private readonly EdgeRole[] _edgeRole;
    private readonly int[] _edgeIndex;

    // Reverse edges of node n (forward edge ids): _reverseStart[n] .. _reverseStart[n + 1] - 1.
    private readonly int[] _reverseStart;
    private readonly int[] _reverseEdge;

    /// <summary>Per node: <see cref="ByValue"/> and/or <see cref="ByPointer"/>; 0 when no compared export reaches it.</summary>
    private readonly byte[] _reached;

    private const byte ByValue = 1;
    private const byte ByPointer = 2;

    /// <summary>Type nodes are the positions of <paramref name="index"/> (the old surface's); export nodes follow.</summary>
    public AbiGraph(AbiTypeIndex index, IReadOnlyList<AbiExport> exports)
    {
        _index = index;
        _typeCount = index.Count;
        _exports = exports;
        int nodes = _typeCount + exports.Count;
        var edges = new EdgeLists(nodes);
        for (int n = 0; n < _typeCount; n++)
        {
            AddTypeEdges(edges, n, index[n]);
        }

        for (int e = 0; e < exports.Count; e++)
        {
            AddExportEdges(edges, _typeCount + e, exports[e]);
        }

        (_edgeStart, _edgeSource, _edgeTarget, _edgeRole, _edgeIndex) = edges.Build();
        (_reverseStart, _reverseEdge) = Reverse(nodes, _edgeStart, _edgeTarget);
        _reached = Walk();
    }

    public int TypeCount => _typeCount;

    public IReadOnlyList<AbiExport> Exports => _exports;

    public AbiType Type(int node) => _index[node];

    /// <summary>Whether a compared export reaches the type at all.</summary>
    public bool IsReached(int node) => _reached[node] != 0;

    /// <summary>
    /// How the compared exports reach a type: by value somewhere (a parameter, return value,
    /// variable, array element, field or base: callers hold the object itself, so its layout is
    /// theirs), or only through pointers and references.
    /// </summary>
    public Exposure Exposure(int node)
        => (_reached[node] & ByValue) != 0 ? Diff.Exposure.ByValue : _reached[node] != 0 ? Diff.Exposure.PointerOnly : Diff.Exposure.None;

    private void AddTypeEdges(EdgeLists edges, int node, AbiType t)
    {
        Add(edges, node, t.Target, EdgeRole.Target, 0);
        Add(edges, node, t.ContainingType, EdgeRole.Containing, 0);
        for (int i = 0; i < t.Fields.Count; i++)
        {
            Add(edges, node, t.Fields[i].Type, EdgeRole.Field, i);
        }

        for (int i = 0; i < t.Bases.Count; i++)
        {
            Add(edges, node, t.Bases[i].Type, EdgeRole.Base, i);
        }

        for (int i = 0; i < t.Parameters.Count; i++)
        {
            Add(edges, node, t.Parameters[i], EdgeRole.FunctionParameter, i);
        }
    }

    private void AddExportEdges(EdgeLists edges, int node, AbiExport export)
    {
        if (export.Variable is { } v)
        {
            Add(edges, node, v.Type, EdgeRole.Variable, 0);
            return;
        }

        var f = export.Function!;
        Add(edges, node, f.Return, EdgeRole.Return, 0);
        for (int i = 0; i < f.Parameters.Count; i++)
        {
            Add(edges, node, f.Parameters[i].Type, f.Parameters[i].Artificial ? EdgeRole.This : EdgeRole.Parameter, i);
        }
    }

    /// <summary>An edge to a type the surface has; references to missing ids (a damaged or hand-made surface) lead nowhere.</summary>
    private void Add(EdgeLists edges, int from, string? id, EdgeRole role, int index)
    {
        int to = _index.PositionOf(id);
        if (to >= 0)
        {
            edges.Add(from, to, role, index);
        }
    }

    /// <summary>Reverse adjacency by counting sort over the forward edges.</summary>
    private static (int[] Start, int[] Edges) Reverse(int nodes, int[] start, int[] target)
    {
        var reverseStart = new int[nodes + 1];
        foreach (int t in target)
        {
            reverseStart[t + 1]++;
        }

        for (int n = 0; n < nodes; n++)
        {
            reverseStart[n + 1] += reverseStart[n];
        }

        var fill = reverseStart[..^1];
        var reverse = new int[target.Length];
        for (int n = 0; n < nodes; n++)
        {
            for (int e = start[n]; e < start[n + 1]; e++)
            {
                reverse[fill[target[e]]++] = e;
            }
        }

        return (reverseStart, reverse);
    }

    /// <summary>
    /// From every compared export, which types are reached by value and which through pointers:
    /// a breadth-first walk over (node, how) states, so each node is visited at most twice.
    /// Typedefs and qualifiers pass on how they were reached; pointers, references and member
    /// pointers hand on "through a pointer"; everything else holds its parts by value.
    /// </summary>
    private byte[] Walk()
    {
        var reached = new byte[_typeCount + _exports.Count];
        var queue = new Queue<(int Node, byte How)>();
        for (int e = 0; e < _exports.Count; e++)
        {
            queue.Enqueue((_typeCount + e, ByValue));
            reached[_typeCount + e] = ByValue;
        }

        while (queue.Count > 0)
        {
            var (node, how) = queue.Dequeue();
            byte next = node >= _typeCount ? ByValue : HowChildrenAreReached(_index[node].Kind, how);
            for (int e = _edgeStart[node]; e < _edgeStart[node + 1]; e++)
            {
                int to = _edgeTarget[e];
                // A pointer's pointee is reached through it, but a member pointer's class only names the offset's scope.
                byte mode = _edgeRole[e] == EdgeRole.Containing ? ByPointer : next;
                if ((reached[to] & mode) == 0)
                {
                    reached[to] |= mode;
                    queue.Enqueue((to, mode));
                }
            }
        }

        return reached;
    }

    private static byte HowChildrenAreReached(AbiTypeKind kind, byte how) => kind switch
    {
        AbiTypeKind.Pointer or AbiTypeKind.Reference or AbiTypeKind.RvalueReference or AbiTypeKind.MemberPointer => ByPointer,
        _ when AbiTypeIndex.IsTransparent(kind) => how,
        _ => ByValue,
    };
}

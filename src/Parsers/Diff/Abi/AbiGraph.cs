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
    private readonly AbiType[] _types;
    private readonly IReadOnlyList<AbiExport> _exports;
    private readonly Dictionary<string, int> _nodeOf;

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

    public AbiGraph(AbiSurface surface, IReadOnlyList<AbiExport> exports)
    {
        _nodeOf = new Dictionary<string, int>(surface.Types.Count, StringComparer.Ordinal);
        var types = new List<AbiType>(surface.Types.Count);
        foreach (var t in surface.Types)
        {
            if (_nodeOf.TryAdd(t.Id, types.Count))
            {
                types.Add(t);
            }
        }

        _types = [.. types];
        _exports = exports;
        int nodes = _types.Length + exports.Count;
        var edges = new EdgeLists(nodes);
        for (int n = 0; n < _types.Length; n++)
        {
            AddTypeEdges(edges, n, _types[n]);
        }

        for (int e = 0; e < exports.Count; e++)
        {
            AddExportEdges(edges, _types.Length + e, exports[e]);
        }

        (_edgeStart, _edgeSource, _edgeTarget, _edgeRole, _edgeIndex) = edges.Build();
        (_reverseStart, _reverseEdge) = Reverse(nodes, _edgeStart, _edgeTarget);
        _reached = Walk();
    }

    public int TypeCount => _types.Length;

    public IReadOnlyList<AbiExport> Exports => _exports;

    public AbiType Type(int node) => _types[node];

    /// <summary>The node of a type id in the old surface; -1 when it has none.</summary>
    public int NodeOf(string id) => _nodeOf.TryGetValue(id, out int n) ? n : -1;

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
        if (id is not null && _nodeOf.TryGetValue(id, out int to))
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
        var reached = new byte[_types.Length + _exports.Count];
        var queue = new Queue<(int Node, byte How)>();
        for (int e = 0; e < _exports.Count; e++)
        {
            queue.Enqueue((_types.Length + e, ByValue));
            reached[_types.Length + e] = ByValue;
        }

        while (queue.Count > 0)
        {
            var (node, how) = queue.Dequeue();
            byte next = node >= _types.Length ? ByValue : HowChildrenAreReached(_types[node].Kind, how);
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

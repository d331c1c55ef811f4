using System.Numerics;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// How many compared exports reach each of many changed types, without a walk per type: the
/// graph is condensed into its strongly connected components (a large library's classes point
/// at each other in one big knot), and the components are visited once per 64 targets, sinks
/// first, each OR-ing the 64-bit masks of the components it points to. An export's mask then
/// says which of the 64 targets it reaches. Linear in the graph's size per 64 targets.
/// </summary>
internal sealed partial class AbiGraph
{
    /// <summary>Per node its component, numbered so that every edge between components goes from a higher number to a lower one; -1 when unreached.</summary>
    private int[]? _component;

    /// <summary>Reached nodes ordered by component.</summary>
    private int[]? _byComponent;

    private int _components;

    /// <summary>For each type node of <paramref name="targets"/>, how many compared exports reach it.</summary>
    public int[] CountReaching(IReadOnlyList<int> targets)
    {
        EnsureComponents();
        var counts = new int[targets.Count];
        var mask = new ulong[_components];
        for (int chunk = 0; chunk < targets.Count; chunk += 64)
        {
            Array.Clear(mask);
            int bits = Math.Min(64, targets.Count - chunk);
            for (int b = 0; b < bits; b++)
            {
                mask[_component![targets[chunk + b]]] |= 1UL << b;
            }

            // Components in number order: each one's successors (lower numbers) are final before it is read.
            foreach (int node in _byComponent!)
            {
                int c = _component![node];
                for (int e = _edgeStart[node]; e < _edgeStart[node + 1]; e++)
                {
                    int to = _component[_edgeTarget[e]];
                    if (to != c)
                    {
                        mask[c] |= mask[to];
                    }
                }
            }

            for (int x = _typeCount; x < _typeCount + _exports.Count; x++)
            {
                for (ulong m = mask[_component![x]]; m != 0; m &= m - 1)
                {
                    counts[chunk + BitOperations.TrailingZeroCount(m)]++;
                }
            }
        }

        return counts;
    }

    /// <summary>Tarjan's algorithm without recursion (a web of 10^5 types would overflow the stack), over the reached nodes.</summary>
    private void EnsureComponents()
    {
        if (_component is not null)
        {
            return;
        }

        int nodes = _typeCount + _exports.Count;
        var order = new int[nodes];
        var low = new int[nodes];
        var component = new int[nodes];
        Array.Fill(order, -1);
        Array.Fill(component, -1);
        var stack = new int[nodes];
        var onStack = new bool[nodes];
        var callNode = new int[nodes];
        var callEdge = new int[nodes];
        int sp = 0, counter = 0, components = 0;
        for (int root = 0; root < nodes; root++)
        {
            if (order[root] != -1 || _reached[root] == 0)
            {
                continue;
            }

            int depth = 0;
            Visit(root);
            while (depth > 0)
            {
                int v = callNode[depth - 1];
                int e = callEdge[depth - 1];
                if (e < _edgeStart[v + 1])
                {
                    callEdge[depth - 1] = e + 1;
                    int w = _edgeTarget[e];
                    if (order[w] == -1)
                    {
                        Visit(w);
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], order[w]);
                    }

                    continue;
                }

                if (low[v] == order[v])
                {
                    int w;
                    do
                    {
                        w = stack[--sp];
                        onStack[w] = false;
                        component[w] = components;
                    }
                    while (w != v);
                    components++;
                }

                depth--;
                if (depth > 0)
                {
                    int u = callNode[depth - 1];
                    low[u] = Math.Min(low[u], low[v]);
                }
            }

            void Visit(int w)
            {
                order[w] = low[w] = counter++;
                stack[sp++] = w;
                onStack[w] = true;
                callNode[depth] = w;
                callEdge[depth] = _edgeStart[w];
                depth++;
            }
        }

        // Counting sort of the reached nodes by component.
        var start = new int[components + 1];
        for (int v = 0; v < nodes; v++)
        {
            if (component[v] >= 0)
            {
                start[component[v] + 1]++;
            }
        }

        for (int c = 0; c < components; c++)
        {
            start[c + 1] += start[c];
        }

        var byComponent = new int[start[components]];
        for (int v = 0; v < nodes; v++)
        {
            if (component[v] >= 0)
            {
                byComponent[start[component[v]]++] = v;
            }
        }

        (_component, _byComponent, _components) = (component, byComponent, components);
    }
}

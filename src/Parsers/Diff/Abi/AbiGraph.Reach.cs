using System.Text;

namespace AbiPortal.Parsers.Diff;

/// <summary>Which compared exports reach a changed type, and by which path.</summary>
internal sealed partial class AbiGraph
{
    // Per-walk scratch, reused: a stamp marks the nodes the current walk has seen, so nothing is cleared between walks.
    private int[]? _seen;
    private int[]? _towards;
    private int[]? _queue;
    private int _walk;

    /// <summary>
    /// Walks back from the type <paramref name="target"/> to the compared exports that reach it
    /// (breadth first, so each export's path is a shortest one), and stops at the
    /// <paramref name="cap"/> nearest: a type in the middle of a large library's web of pointers
    /// is reached by nearly every export, and the walk need not visit them all. Returns those
    /// exports with their paths, ordered by symbol, and their count when the walk found every
    /// export (null when it stopped: <see cref="CountReaching"/> counts).
    /// </summary>
    public (List<(AbiExport Export, string Path)> Listed, int? Count) Reach(int target, int cap)
    {
        int nodes = _typeCount + _exports.Count;
        _seen ??= new int[nodes];
        _towards ??= new int[nodes];
        _queue ??= new int[nodes];
        int walk = ++_walk;
        int head = 0, tail = 0;
        _seen[target] = walk;
        _queue[tail++] = target;
        var listed = new List<int>();
        int count = 0;
        while (head < tail)
        {
            int node = _queue[head++];
            if (node >= _typeCount)
            {
                count++;
                listed.Add(node);
                if (listed.Count == cap)
                {
                    break;
                }

                continue;
            }

            for (int r = _reverseStart[node]; r < _reverseStart[node + 1]; r++)
            {
                int edge = _reverseEdge[r];
                int from = _edgeSource[edge];
                if (_seen[from] != walk && _reached[from] != 0)
                {
                    _seen[from] = walk;
                    _towards[from] = edge;
                    _queue[tail++] = from;
                }
            }
        }

        bool complete = head == tail;
        var result = listed.Select(n => (_exports[n - _typeCount], PathOf(n, target))).ToList();
        result.Sort((a, b) => string.CompareOrdinal(a.Item1.Symbol, b.Item1.Symbol));
        return (result, complete ? count : null);
    }

    /// <summary>
    /// The path from an export to <paramref name="target"/> as people read it: where the export
    /// uses the type (<c>parameter 1 `struct Line *`</c>), then each aggregate, function type or
    /// class on the way with the member it goes through; pointers, typedefs, qualifiers and
    /// arrays show in the spelled types, not as steps.
    /// </summary>
    private string PathOf(int exportNode, int target)
    {
        var sb = new StringBuilder();
        var export = _exports[exportNode - _typeCount];
        int edge = _towards![exportNode];
        int node = _edgeTarget[edge];
        string spelled = _index[node].Name;
        switch (_edgeRole[edge])
        {
            case EdgeRole.Parameter:
                sb.Append("parameter ").Append(ParameterNumber(export, _edgeIndex[edge])).Append(" `").Append(spelled).Append('`');
                break;
            case EdgeRole.This:
                sb.Append("`this` `").Append(spelled).Append('`');
                break;
            case EdgeRole.Return:
                sb.Append("return `").Append(spelled).Append('`');
                break;
            default:
                sb.Append("type `").Append(spelled).Append('`');
                break;
        }

        // A by-value use of the type itself needs no further step: its spelling names it.
        bool arrived = node == target;
        for (int steps = 0; node != target && steps < _typeCount; steps++)
        {
            edge = _towards[node];
            var type = _index[node];
            int index = _edgeIndex[edge];
            switch (_edgeRole[edge])
            {
                case EdgeRole.Field:
                    sb.Append(" → ").Append(type.Name).Append(": field `").Append(type.Fields[index].Name ?? "(anonymous)").Append('`');
                    break;
                case EdgeRole.Base:
                    sb.Append(" → ").Append(type.Name).Append(": base `").Append(_index[_edgeTarget[edge]].Name).Append('`');
                    break;
                case EdgeRole.FunctionParameter:
                    sb.Append(" → ").Append(type.Name).Append(": parameter ").Append(index + 1);
                    break;
                case EdgeRole.Target when type.Kind == Snapshots.AbiTypeKind.Function:
                    sb.Append(" → ").Append(type.Name).Append(": return");
                    break;
                case EdgeRole.Containing:
                    sb.Append(" → ").Append(type.Name).Append(": class");
                    break;
            }

            node = _edgeTarget[edge];
        }

        if (!arrived)
        {
            sb.Append(" → ").Append(_index[target].Name);
        }

        return sb.ToString();
    }

    /// <summary>Parameters are numbered from 1 as the source lists them, without the implicit <c>this</c>.</summary>
    private static int ParameterNumber(AbiExport export, int index)
    {
        int number = 0;
        var parameters = export.Function!.Parameters;
        for (int i = 0; i <= index && i < parameters.Count; i++)
        {
            if (!parameters[i].Artificial)
            {
                number++;
            }
        }

        return number;
    }
}

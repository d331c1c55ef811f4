using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>The type registry: structural types defined once, typedef variants, the type cap, and the reachable types at the end.</summary>
internal sealed partial class AbiSurfaceBuilder
{
    /// <summary>Registers a structural type (its id says everything) once, and returns its id.</summary>
    private string Define(AbiType type)
    {
        if (!_types.ContainsKey(type.Id))
        {
            // The unknown type is always listed, so that every id a surface uses is defined.
            if (type.Id != UnknownId && !HasRoom())
            {
                return Unknown();
            }

            _types[type.Id] = new TypeEntry(type.Name, type.Kind) { Type = type, Defined = true };
        }

        return type.Id;
    }

    /// <summary>Registers a named type whose id does not say everything (a typedef): a different target under the same name becomes a variant.</summary>
    private string Merge(AbiType type)
    {
        if (!_types.TryGetValue(type.Id, out var entry))
        {
            return Define(type);
        }

        if (entry.Type is null || entry.Type.Target == type.Target)
        {
            return type.Id;
        }

        for (int k = 2; k <= entry.Variants; k++)
        {
            string variant = $"{type.Id}#{k}";
            if (_types.TryGetValue(variant, out var v) && v.Type?.Target == type.Target)
            {
                return variant;
            }
        }

        if (!HasRoom())
        {
            return Unknown();
        }

        string id = $"{type.Id}#{++entry.Variants}";
        _types[id] = new TypeEntry(type.Name, type.Kind) { Type = type with { Id = id }, Defined = true };
        return id;
    }

    private bool HasRoom()
    {
        if (_types.Count < Budget.MaxTypes)
        {
            return true;
        }

        Budget.Stop(DiagnosticCodes.DwarfTypeLimit, $"More than {Budget.MaxTypes} types are reachable from the exports; the ABI surface is partial.");
        return false;
    }

    /// <summary>
    /// The types reachable from the functions and variables (types registered on the way and then
    /// not used, such as a parameter's top-level const, are left out), bodies that were never
    /// built (a spent budget) as bare named types, ordered by id.
    /// </summary>
    private AbiType[] CollectTypes()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        void Reach(string? id)
        {
            if (id is not null && reached.Add(id))
            {
                pending.Push(id);
            }
        }

        foreach (var f in _functions)
        {
            Reach(f.Return);
            Reach(f.Class);
            foreach (var p in f.Parameters)
            {
                Reach(p.Type);
            }
        }

        foreach (var v in _variables)
        {
            Reach(v.Type);
        }

        var result = new List<AbiType>();
        while (pending.Count > 0)
        {
            string id = pending.Pop();
            if (!_types.TryGetValue(id, out var entry))
            {
                continue;
            }

            var type = entry.Type ?? new AbiType { Id = id, Kind = entry.Kind, Name = entry.Name, Declaration = !entry.Defined };
            result.Add(type);
            Reach(type.Target);
            Reach(type.ContainingType);
            foreach (var field in type.Fields)
            {
                Reach(field.Type);
            }

            foreach (var b in type.Bases)
            {
                Reach(b.Type);
            }

            foreach (string p in type.Parameters)
            {
                Reach(p);
            }
        }

        return result.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
    }
}

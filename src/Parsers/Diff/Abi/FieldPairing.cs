namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The data members of one aggregate in two versions, matched: by name; anonymous members (an
/// unnamed union inside a struct) by their order among the anonymous ones; and a member only in
/// the old version whose place and type a member only in the new version has is a rename.
/// </summary>
internal sealed class FieldPairing
{
    public List<(Snapshots.AbiField Old, Snapshots.AbiField New)> Pairs { get; } = [];

    public List<(Snapshots.AbiField Old, Snapshots.AbiField New)> Renamed { get; } = [];

    public List<Snapshots.AbiField> Removed { get; } = [];

    public List<Snapshots.AbiField> Added { get; } = [];

    public static FieldPairing Match(IReadOnlyList<Snapshots.AbiField> oldFields, IReadOnlyList<Snapshots.AbiField> newFields, TypeShapes shapes)
    {
        var result = new FieldPairing();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var anonymous = new List<int>();
        for (int i = 0; i < newFields.Count; i++)
        {
            if (newFields[i].Name is { } name)
            {
                byName.TryAdd(name, i);
            }
            else
            {
                anonymous.Add(i);
            }
        }

        var used = new bool[newFields.Count];
        var unmatched = new List<Snapshots.AbiField>();
        int nextAnonymous = 0;
        foreach (var f in oldFields)
        {
            int j = f.Name is { } name ? byName.GetValueOrDefault(name, -1) : nextAnonymous < anonymous.Count ? anonymous[nextAnonymous++] : -1;
            if (j >= 0 && !used[j])
            {
                used[j] = true;
                result.Pairs.Add((f, newFields[j]));
            }
            else
            {
                unmatched.Add(f);
            }
        }

        foreach (var f in unmatched)
        {
            int j = FindRename(f, newFields, used, shapes);
            if (j >= 0)
            {
                used[j] = true;
                result.Renamed.Add((f, newFields[j]));
            }
            else
            {
                result.Removed.Add(f);
            }
        }

        for (int j = 0; j < newFields.Count; j++)
        {
            if (!used[j])
            {
                result.Added.Add(newFields[j]);
            }
        }

        return result;
    }

    /// <summary>A new named member at the old one's exact place with the same type under any spelling.</summary>
    private static int FindRename(Snapshots.AbiField f, IReadOnlyList<Snapshots.AbiField> newFields, bool[] used, TypeShapes shapes)
    {
        if (f.Name is null)
        {
            return -1;
        }

        for (int j = 0; j < newFields.Count; j++)
        {
            var n = newFields[j];
            if (!used[j] && n.Name is not null && n.Offset == f.Offset && n.BitOffset == f.BitOffset && n.BitSize == f.BitSize
                && shapes.Compare(f.Type, n.Type, ignoreTopQualifiers: false) is TypeMatch.Same or TypeMatch.Spelling)
            {
                return j;
            }
        }

        return -1;
    }
}

namespace AbiPortal.Parsers.Diff;

/// <summary>Counts of the changes that were not suppressed, per severity and per kind, plus the suppressed count.</summary>
public sealed record DiffSummary
{
    public int Breaking { get; init; }

    public int Compatible { get; init; }

    public int Info { get; init; }

    public int Suppressed { get; init; }

    /// <summary>Unsuppressed changes per kind (JSON name), in <see cref="ChangeKind"/> order; kinds with none are absent.</summary>
    public IReadOnlyDictionary<string, int> ByKind { get; init; } = new Dictionary<string, int>();

    /// <summary>Counts a list of changes.</summary>
    public static DiffSummary Of(IReadOnlyList<AbiChange> changes)
    {
        var perKind = new int[Enum.GetValues<ChangeKind>().Length];
        int breaking = 0, compatible = 0, info = 0, suppressed = 0;
        foreach (var c in changes)
        {
            if (c.Suppressed)
            {
                suppressed++;
                continue;
            }

            perKind[(int)c.Kind]++;
            switch (c.Severity)
            {
                case ChangeSeverity.Breaking: breaking++; break;
                case ChangeSeverity.Compatible: compatible++; break;
                default: info++; break;
            }
        }

        var byKind = new Dictionary<string, int>();
        for (int k = 0; k < perKind.Length; k++)
        {
            if (perKind[k] > 0)
            {
                byKind[ChangeKinds.Name((ChangeKind)k)] = perKind[k];
            }
        }

        return new DiffSummary { Breaking = breaking, Compatible = compatible, Info = info, Suppressed = suppressed, ByKind = byKind };
    }
}

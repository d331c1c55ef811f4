namespace AbiPortal.Parsers.Diff;

/// <summary>Counts of the changes that were not suppressed, per tier and per kind, plus the suppressed count.</summary>
public sealed record DiffSummary
{
    /// <summary>Unsuppressed incompatible changes.</summary>
    public int Incompatible { get; init; }

    /// <summary>Unsuppressed API breaks (<c>apiBreak</c> in JSON).</summary>
    public int ApiBreak { get; init; }

    /// <summary>Unsuppressed risks.</summary>
    public int Risk { get; init; }

    /// <summary>Unsuppressed compatible changes.</summary>
    public int Compatible { get; init; }

    /// <summary>Unsuppressed info changes.</summary>
    public int Info { get; init; }

    /// <summary>Changes a suppression entry matched.</summary>
    public int Suppressed { get; init; }

    /// <summary>Unsuppressed changes per kind (JSON name), in <see cref="ChangeKind"/> order; kinds with none are absent.</summary>
    public IReadOnlyDictionary<string, int> ByKind { get; init; } = new Dictionary<string, int>();

    /// <summary>The unsuppressed count of one tier.</summary>
    public int Count(ChangeSeverity severity) => severity switch
    {
        ChangeSeverity.Incompatible => Incompatible,
        ChangeSeverity.ApiBreak => ApiBreak,
        ChangeSeverity.Risk => Risk,
        ChangeSeverity.Compatible => Compatible,
        _ => Info,
    };

    /// <summary>Counts a list of changes.</summary>
    public static DiffSummary Of(IReadOnlyList<AbiChange> changes)
    {
        var perKind = new int[Enum.GetValues<ChangeKind>().Length];
        var perSeverity = new int[Enum.GetValues<ChangeSeverity>().Length];
        int suppressed = 0;
        foreach (var c in changes)
        {
            if (c.Suppressed)
            {
                suppressed++;
                continue;
            }

            perKind[(int)c.Kind]++;
            perSeverity[(int)c.Severity]++;
        }

        var byKind = new Dictionary<string, int>();
        for (int k = 0; k < perKind.Length; k++)
        {
            if (perKind[k] > 0)
            {
                byKind[ChangeKinds.Name((ChangeKind)k)] = perKind[k];
            }
        }

        return new DiffSummary
        {
            Incompatible = perSeverity[(int)ChangeSeverity.Incompatible],
            ApiBreak = perSeverity[(int)ChangeSeverity.ApiBreak],
            Risk = perSeverity[(int)ChangeSeverity.Risk],
            Compatible = perSeverity[(int)ChangeSeverity.Compatible],
            Info = perSeverity[(int)ChangeSeverity.Info],
            Suppressed = suppressed,
            ByKind = byKind,
        };
    }
}

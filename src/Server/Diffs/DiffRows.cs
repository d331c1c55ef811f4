using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data.Entities;

namespace AbiPortal.Server.Diffs;

/// <summary>A diff as table rows, and rows back as changes. Severity and kind travel as the diff JSON's words.</summary>
internal static class DiffRows
{
    /// <summary>The rows of <paramref name="diff"/> under the stored diff <paramref name="diffId"/>.</summary>
    public static (List<DiffCountEntity> Counts, List<DiffChangeEntity> Changes, List<DiffSymbolEntity> Symbols) Of(long diffId, AbiDiff diff)
    {
        var counts = diff.Changes
            .Where(c => !c.Suppressed)
            .GroupBy(c => (c.Severity, c.Kind))
            .Select(g => new DiffCountEntity { DiffId = diffId, Severity = EnumNames.Of(g.Key.Severity), Kind = ChangeKinds.Name(g.Key.Kind), Count = g.Count() })
            .ToList();
        var changes = new List<DiffChangeEntity>(diff.Changes.Count);
        var symbols = new List<DiffSymbolEntity>();
        for (int i = 0; i < diff.Changes.Count; i++)
        {
            var c = diff.Changes[i];
            changes.Add(new DiffChangeEntity
            {
                DiffId = diffId,
                Id = i,
                Severity = EnumNames.Of(c.Severity),
                Kind = ChangeKinds.Name(c.Kind),
                Member = c.Member,
                Symbol = c.Symbol,
                Demangled = c.Demangled,
                Version = c.Version,
                Before = c.Before,
                After = c.After,
                Detail = c.Detail,
                Type = c.Type,
                Item = c.Item,
                ExportCount = c.ExportCount,
                Rationale = c.Rationale,
                SymbolCount = c.Symbols?.Count ?? 0,
                Suppressed = c.Suppressed,
                Reason = c.Reason,
            });
            if (c.Symbols is { } grouped)
            {
                for (int s = 0; s < grouped.Count; s++)
                {
                    symbols.Add(new DiffSymbolEntity { DiffId = diffId, ChangeId = i, Id = s, Name = grouped[s].Name, Demangled = grouped[s].Demangled, Path = grouped[s].Path });
                }
            }
        }

        return (counts, changes, symbols);
    }

    /// <summary>
    /// A stored change with the symbols given (all of them, or the first page of a big group), or
    /// null when its words are none this server knows (a row of another engine, which the engine
    /// number should already have kept out).
    /// </summary>
    public static AbiChange? ToChange(DiffChangeEntity row, IReadOnlyList<AbiSymbol>? symbols)
    {
        if (!ChangeKinds.TryParse(row.Kind, out var kind) || !EnumNames.TryParse<ChangeSeverity>(row.Severity, out var severity))
        {
            return null;
        }

        return new AbiChange
        {
            Kind = kind,
            Severity = severity,
            Symbol = row.Symbol,
            Demangled = row.Demangled,
            Version = row.Version,
            Before = row.Before,
            After = row.After,
            Detail = row.Detail,
            Type = row.Type,
            Item = row.Item,
            ExportCount = row.ExportCount,
            Rationale = row.Rationale,
            Symbols = row.SymbolCount > 0 ? symbols ?? [] : null,
            Member = row.Member,
            Suppressed = row.Suppressed,
            Reason = row.Reason,
        };
    }

    /// <summary>Counts rows as the summary the engine would give (suppressed changes are never stored counted).</summary>
    public static DiffSummary Summary(IEnumerable<DiffCountEntity> counts)
    {
        var perSeverity = new Dictionary<ChangeSeverity, int>();
        var perKind = new SortedDictionary<ChangeKind, int>();
        foreach (var c in counts)
        {
            if (ChangeKinds.TryParse(c.Kind, out var kind) && EnumNames.TryParse<ChangeSeverity>(c.Severity, out var severity))
            {
                perSeverity[severity] = perSeverity.GetValueOrDefault(severity) + c.Count;
                perKind[kind] = perKind.GetValueOrDefault(kind) + c.Count;
            }
        }

        return new DiffSummary
        {
            Incompatible = perSeverity.GetValueOrDefault(ChangeSeverity.Incompatible),
            ApiBreak = perSeverity.GetValueOrDefault(ChangeSeverity.ApiBreak),
            Risk = perSeverity.GetValueOrDefault(ChangeSeverity.Risk),
            Compatible = perSeverity.GetValueOrDefault(ChangeSeverity.Compatible),
            Info = perSeverity.GetValueOrDefault(ChangeSeverity.Info),
            ByKind = perKind.ToDictionary(p => ChangeKinds.Name(p.Key), p => p.Value),
        };
    }
}

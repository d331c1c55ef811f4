using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Diffs;

/// <summary>
/// Stored diffs: finds a pair's diff (computing and storing it when there is none from this
/// engine), reads it back whole for the downloads, and pages it by group for the pages, in SQL,
/// without loading the rest.
/// </summary>
internal sealed class DiffStore(PortalDbContext db, DiffComputer computer)
{
    /// <summary>
    /// The stored diff of the pair, computed first when there is none of this engine; null when
    /// either artifact has no snapshot. <paramref name="pin"/> keeps it for as long as both
    /// artifacts live (a pair a page shows); otherwise the retention sweep takes it after a while.
    /// </summary>
    public async Task<ComputedDiff?> EnsureAsync(long baseId, long headId, bool pin, CancellationToken cancellationToken)
        => await FindAsync(baseId, headId, pin, cancellationToken) is { } id
            ? new ComputedDiff(id, null)
            : await computer.ComputeAsync(baseId, headId, pin, cancellationToken);

    /// <summary>The id of the pair's stored diff of this engine (pinned now when asked), or null.</summary>
    public async Task<long?> FindAsync(long baseId, long headId, bool pin, CancellationToken cancellationToken)
    {
        var stored = await db.Diffs.AsNoTracking()
            .Where(d => d.BaseId == baseId && d.HeadId == headId && d.Engine == StoredDiffs.Engine)
            .Select(d => new { d.Id, d.Pinned })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (pin && !stored.Pinned)
        {
            await db.Diffs.Where(d => d.Id == stored.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Pinned, true), cancellationToken);
        }

        return stored.Id;
    }

    /// <summary>
    /// Deletes diffs no page pins once they are older than <see cref="StoredDiffs.UnpinnedLifetime"/>,
    /// and the oldest beyond <see cref="StoredDiffs.MaxUnpinned"/>: any two uploads can be compared,
    /// so without this the store of asked-for pairs would only grow. Returns how many went.
    /// </summary>
    public async Task<int> SweepUnpinnedAsync(DateTime now, CancellationToken cancellationToken)
    {
        var cutoff = now - StoredDiffs.UnpinnedLifetime;
        int deleted = await db.Diffs.Where(d => !d.Pinned && d.ComputedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        long[] surplus = [.. await db.Diffs.AsNoTracking().Where(d => !d.Pinned).OrderByDescending(d => d.Id).Skip(StoredDiffs.MaxUnpinned).Select(d => d.Id).ToListAsync(cancellationToken)];
        if (surplus.Length > 0)
        {
            deleted += await db.Diffs.Where(d => surplus.Contains(d.Id) && !d.Pinned).ExecuteDeleteAsync(cancellationToken);
        }

        return deleted;
    }

    /// <summary>A stored diff whole: every change and every grouped symbol, as the engine returned it.</summary>
    public async Task<AbiDiff> LoadAsync(long diffId, DiffSide old, DiffSide @new, CancellationToken cancellationToken)
    {
        var rows = await db.DiffChanges.AsNoTracking().Where(c => c.DiffId == diffId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var symbols = await SymbolsOfAsync(diffId, rows.Where(r => r.SymbolCount > 0).Select(r => r.Id).ToArray(), int.MaxValue, cancellationToken);
        var changes = rows.Select(r => DiffRows.ToChange(r, symbols.GetValueOrDefault(r.Id))).OfType<AbiChange>().ToList();
        var summary = DiffSummary.Of(changes);
        var stored = await db.Diffs.AsNoTracking().Where(d => d.Id == diffId)
            .Select(d => new { d.OldEvidence, d.NewEvidence, d.Notes }).FirstOrDefaultAsync(cancellationToken);
        return new AbiDiff
        {
            Old = old with { Evidence = stored?.OldEvidence },
            New = @new with { Evidence = stored?.NewEvidence },
            Verdict = AbiDiff.VerdictOf(summary),
            Summary = summary,
            Changes = changes,
            Notes = stored?.Notes is { Length: > 0 } notes ? notes.Split('\n') : [],
        };
    }

    /// <summary>The summary of a stored diff, from its counts.</summary>
    public async Task<(DiffSummary Summary, IReadOnlyList<DiffGroup> Groups, int ChangeCount)> SummaryAsync(long diffId, CancellationToken cancellationToken)
    {
        var counts = await db.DiffCounts.AsNoTracking().Where(c => c.DiffId == diffId).ToListAsync(cancellationToken);
        int changeCount = await db.Diffs.AsNoTracking().Where(d => d.Id == diffId).Select(d => d.ChangeCount).FirstOrDefaultAsync(cancellationToken);
        return (DiffRows.Summary(counts), Groups(counts.Select(c => (c.Severity, c.Kind, c.Count))), changeCount);
    }

    /// <summary>Per severity and kind, the changes whose names contain <paramref name="q"/> (null: every unsuppressed change).</summary>
    public async Task<IReadOnlyList<DiffGroup>> GroupsAsync(long diffId, string? q, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(q))
        {
            return (await SummaryAsync(diffId, cancellationToken)).Groups;
        }

        var counts = await Matching(diffId, q)
            .GroupBy(c => new { c.Severity, c.Kind })
            .Select(g => new { g.Key.Severity, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Groups(counts.Select(c => (c.Severity, c.Kind, c.Count)));
    }

    /// <summary>A page of changes in the engine's order, grouped symbols cut to <see cref="StoredDiffs.SymbolsPerChange"/>.</summary>
    public async Task<PagedResult<DiffChangeRow>> ChangesAsync(long diffId, DiffChangeQuery query, CancellationToken cancellationToken)
    {
        var rows = Filtered(diffId, query.Severity, query.Kind, query.Q);
        int total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(c => c.Id).Skip(Paging.Offset(query.Page, query.PageSize)).Take(query.PageSize).ToListAsync(cancellationToken);
        var symbols = await SymbolsOfAsync(diffId, page.Where(r => r.SymbolCount > 0).Select(r => r.Id).ToArray(), StoredDiffs.SymbolsPerChange, cancellationToken);
        var items = page
            .Select(r => DiffRows.ToChange(r, symbols.GetValueOrDefault(r.Id)) is { } change ? new DiffChangeRow(r.Id, change, r.SymbolCount) : null)
            .OfType<DiffChangeRow>()
            .ToList();
        return new PagedResult<DiffChangeRow>(total, items, query.Page, query.PageSize);
    }

    /// <summary>The breaking changes that explain the most symbols (<see cref="DiffCauses"/>), with their first grouped symbols.</summary>
    public async Task<IReadOnlyList<DiffChangeRow>> CausesAsync(long diffId, CancellationToken cancellationToken)
    {
        string[] causeKinds = [.. DiffCauses.Kinds.Select(ChangeKinds.Name)];
        string signature = ChangeKinds.Name(ChangeKind.SignatureChanged);
        string[] breaking = [.. new[] { ChangeSeverity.Incompatible, ChangeSeverity.ApiBreak, ChangeSeverity.Risk }.Select(s => EnumNames.Of(s))];
        var rows = await db.DiffChanges.AsNoTracking()
            .Where(c => c.DiffId == diffId && !c.Suppressed && breaking.Contains(c.Severity) && (causeKinds.Contains(c.Kind) || (c.SymbolCount >= DiffCauses.MinGroupedSymbols && c.Kind != signature)))
            .OrderByDescending(c => causeKinds.Contains(c.Kind)).ThenByDescending(c => c.SymbolCount).ThenBy(c => c.Id)
            .Take(DiffCauses.MaxListed)
            .ToListAsync(cancellationToken);
        var symbols = await SymbolsOfAsync(diffId, rows.Where(r => r.SymbolCount > 0).Select(r => r.Id).ToArray(), StoredDiffs.SymbolsPerChange, cancellationToken);
        var causes = rows
            .Select(r => DiffRows.ToChange(r, symbols.GetValueOrDefault(r.Id)) is { } change ? new DiffChangeRow(r.Id, change, r.SymbolCount) : null)
            .OfType<DiffChangeRow>();
        return DiffCauses.Order(causes).ToList();
    }

    /// <summary>
    /// Every change matching a filter, suppressed ones included, with all their grouped symbols:
    /// the download of what the page shows (the filter bounds it by the one diff's size).
    /// </summary>
    public async Task<List<AbiChange>> MatchingAsync(long diffId, DiffChangeFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Filtered(diffId, filter.Severity, filter.Kind, filter.Q).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var symbols = await SymbolsOfAsync(diffId, rows.Where(r => r.SymbolCount > 0).Select(r => r.Id).ToArray(), int.MaxValue, cancellationToken);
        return rows.Select(r => DiffRows.ToChange(r, symbols.GetValueOrDefault(r.Id))).OfType<AbiChange>().ToList();
    }

    /// <summary>A page of one grouped change's symbols.</summary>
    public async Task<PagedResult<AbiSymbol>> SymbolsAsync(long diffId, int changeId, int page, int pageSize, CancellationToken cancellationToken)
    {
        int total = await db.DiffChanges.AsNoTracking().Where(c => c.DiffId == diffId && c.Id == changeId).Select(c => c.SymbolCount).FirstOrDefaultAsync(cancellationToken);
        var items = await db.DiffSymbols.AsNoTracking()
            .Where(s => s.DiffId == diffId && s.ChangeId == changeId)
            .OrderBy(s => s.Id)
            .Skip(Paging.Offset(page, pageSize)).Take(pageSize)
            .Select(s => new AbiSymbol(s.Name, s.Demangled, s.Path))
            .ToListAsync(cancellationToken);
        return new PagedResult<AbiSymbol>(total, items, page, pageSize);
    }

    /// <summary>A diff's changes of one severity and kind (either may be null: all) matching <paramref name="q"/>.</summary>
    private IQueryable<DiffChangeEntity> Filtered(long diffId, ChangeSeverity? severity, ChangeKind? kind, string? q)
    {
        var rows = string.IsNullOrEmpty(q) ? db.DiffChanges.AsNoTracking().Where(c => c.DiffId == diffId) : Matching(diffId, q);
        if (severity is { } tier)
        {
            string word = EnumNames.Of(tier);
            rows = rows.Where(c => c.Severity == word);
        }

        if (kind is { } changeKind)
        {
            string word = ChangeKinds.Name(changeKind);
            rows = rows.Where(c => c.Kind == word);
        }

        return rows;
    }

    /// <summary>
    /// Changes whose raw or demangled name, before or after value, or one of whose grouped symbols
    /// contains <paramref name="q"/>, case-insensitively (SQL lower() folds ASCII, which names are).
    /// </summary>
    private IQueryable<DiffChangeEntity> Matching(long diffId, string q)
    {
        string low = q.ToLowerInvariant();
        return db.DiffChanges.AsNoTracking().Where(c => c.DiffId == diffId && (
            (c.Symbol != null && c.Symbol.ToLower().Contains(low))
            || (c.Demangled != null && c.Demangled.ToLower().Contains(low))
            || (c.Before != null && c.Before.ToLower().Contains(low))
            || (c.After != null && c.After.ToLower().Contains(low))
            || (c.SymbolCount > 0 && db.DiffSymbols.Any(s => s.DiffId == c.DiffId && s.ChangeId == c.Id
                && (s.Name.ToLower().Contains(low) || (s.Demangled != null && s.Demangled.ToLower().Contains(low)))))));
    }

    /// <summary>The first <paramref name="perChange"/> symbols of each of these grouped changes.</summary>
    private async Task<Dictionary<int, IReadOnlyList<AbiSymbol>>> SymbolsOfAsync(long diffId, int[] changeIds, int perChange, CancellationToken cancellationToken)
    {
        if (changeIds.Length == 0)
        {
            return [];
        }

        var rows = await db.DiffSymbols.AsNoTracking()
            .Where(s => s.DiffId == diffId && changeIds.Contains(s.ChangeId) && s.Id < perChange)
            .OrderBy(s => s.ChangeId).ThenBy(s => s.Id)
            .Select(s => new { s.ChangeId, s.Name, s.Demangled, s.Path })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ChangeId).ToDictionary(g => g.Key, g => (IReadOnlyList<AbiSymbol>)g.Select(r => new AbiSymbol(r.Name, r.Demangled, r.Path)).ToList());
    }

    /// <summary>Groups in the engine's order (most severe first, then kind); words this server does not know are left out.</summary>
    private static List<DiffGroup> Groups(IEnumerable<(string Severity, string Kind, int Count)> counts)
        => counts
            .Select(c => EnumNames.TryParse<ChangeSeverity>(c.Severity, out var severity) && ChangeKinds.TryParse(c.Kind, out var kind) ? new DiffGroup(severity, kind, c.Count) : null)
            .OfType<DiffGroup>()
            .OrderBy(g => g.Severity).ThenBy(g => g.Kind)
            .ToList();
}

using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries;

/// <summary>Exports, imports, one export's detail and the cross-artifact symbol search.</summary>
internal sealed partial class PortalQueries
{
    public async Task<PagedResult<ExportRow>?> GetExportsAsync(long id, SymbolQuery query, CancellationToken cancellationToken)
    {
        // Pages of ready artifacts never change: a hit needs no database at all (ExportPageCache),
        // except that the artifact may have been deleted. This process's deleter evicts its pages,
        // but on a shared PostgreSQL another server may have deleted it, so there a hit is only
        // served after a primary-key probe says the artifact still exists.
        if (exportPages.GetPage(id, query) is { } cached)
        {
            if (db.Provider != DatabaseProvider.PostgreSql || await db.Artifacts.AnyAsync(a => a.Id == id, cancellationToken))
            {
                return cached;
            }

            exportPages.Evict([id]);
            return null;
        }

        // One lookup answers both "does it exist" and, unfiltered, the total: no count over 44k rows.
        var stored = await db.Artifacts.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.ExportCount, a.Status }).FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return null;
        }

        bool immutable = stored.Status == ArtifactStatus.Ready;

        bool filtered = !string.IsNullOrEmpty(query.Q) || query.Kind is not null || query.Binding is not null || query.Version is not null;
        var rows = db.Exports.AsNoTracking().Where(e => e.ArtifactId == id);
        if (!string.IsNullOrEmpty(query.Q))
        {
            // Substring within one artifact: the key columns are already lower case.
            string q = query.Q.ToLowerInvariant();
            rows = rows.Where(e => (e.NameKey != null && e.NameKey.Contains(q)) || (e.DemangledKey != null && e.DemangledKey.Contains(q)));
        }

        rows = WhereSymbolFilters(rows, query);

        // A substring filter scans every row of the artifact; paging through its matches should not repeat that scan.
        int total = stored.ExportCount;
        if (filtered)
        {
            int? known = immutable ? exportPages.GetCount(id, query) : null;
            total = known ?? await rows.CountAsync(cancellationToken);
            if (immutable && known is null)
            {
                exportPages.SetCount(id, query, total);
            }
        }

        var page = await SortExports(rows, query).Skip(Paging.Offset(query.Page, query.PageSize)).Take(query.PageSize).ToListAsync(cancellationToken);
        var result = new PagedResult<ExportRow>(total, page.Select(e => e.ToRow()).ToList(), query.Page, query.PageSize);
        if (immutable)
        {
            exportPages.SetPage(id, query, result);
        }

        return result;
    }

    public async Task<PagedResult<ImportRow>?> GetImportsAsync(long id, SymbolQuery query, CancellationToken cancellationToken)
    {
        var stored = await db.Artifacts.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.ImportCount }).FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return null;
        }

        bool filtered = !string.IsNullOrEmpty(query.Q) || query.Kind is not null || query.Binding is not null || query.Version is not null || !string.IsNullOrEmpty(query.Library);
        var rows = db.Imports.AsNoTracking().Where(i => i.ArtifactId == id);
        if (!string.IsNullOrEmpty(query.Q))
        {
            // Imports are fewer and not searched globally, so no key columns: lower() on the fly.
            string q = query.Q.ToLowerInvariant();
            rows = rows.Where(i => (i.Name != null && i.Name.ToLower().Contains(q)) || (i.Demangled != null && i.Demangled.ToLower().Contains(q)));
        }

        rows = WhereSymbolFilters(rows, query);

        if (!string.IsNullOrEmpty(query.Library))
        {
            rows = rows.Where(i => i.Library == query.Library);
        }

        int total = filtered ? await rows.CountAsync(cancellationToken) : stored.ImportCount;
        var sorted = query.SortKey switch
        {
            "name" => query.SortDescending ? rows.OrderByDescending(i => i.Name).ThenBy(i => i.Id) : rows.OrderBy(i => i.Name).ThenBy(i => i.Id),
            "demangled" => query.SortDescending ? rows.OrderByDescending(i => i.Demangled).ThenBy(i => i.Id) : rows.OrderBy(i => i.Demangled).ThenBy(i => i.Id),
            "version" => query.SortDescending ? rows.OrderByDescending(i => i.Version).ThenBy(i => i.Id) : rows.OrderBy(i => i.Version).ThenBy(i => i.Id),
            "kind" => query.SortDescending ? rows.OrderByDescending(i => i.Kind).ThenBy(i => i.Id) : rows.OrderBy(i => i.Kind).ThenBy(i => i.Id),
            _ => query.SortDescending ? rows.OrderByDescending(i => i.Id) : rows.OrderBy(i => i.Id),
        };
        var page = await sorted.Skip(Paging.Offset(query.Page, query.PageSize)).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<ImportRow>(total, page.Select(i => i.ToRow()).ToList(), query.Page, query.PageSize);
    }

    public async Task<SymbolSearch> SearchSymbolsAsync(string q, string match, int page, int pageSize, CancellationToken cancellationToken)
    {
        string low = q.ToLowerInvariant();
        var ready = from e in db.Exports.AsNoTracking()
                    join a in db.Artifacts.AsNoTracking() on e.ArtifactId equals a.Id
                    where a.Status == ArtifactStatus.Ready
                    select new SymbolHitRow { Export = e, Artifact = a };
        if (match != SymbolSearch.Contains)
        {
            // Case-insensitive prefix as an index range on the lower-cased keys (see ExportConfiguration).
            string high = low + '\uffff';
            var prefixed = ready.Where(r => (string.Compare(r.Export.NameKey, low) >= 0 && string.Compare(r.Export.NameKey, high) < 0)
                                            || (string.Compare(r.Export.DemangledKey, low) >= 0 && string.Compare(r.Export.DemangledKey, high) < 0));
            int total = await prefixed.CountAsync(cancellationToken);
            if (total > 0 || match == SymbolSearch.Prefix)
            {
                return await HitsAsync(SymbolSearch.Prefix, prefixed, total);
            }
        }

        // People type the part of a C++ name they remember (Circle::area, not shapes::Circle::area):
        // a substring scan, which no index serves, so it runs only when asked or when no name
        // starts with the query.
        var containing = ready.Where(r => (r.Export.NameKey != null && r.Export.NameKey.Contains(low))
                                          || (r.Export.DemangledKey != null && r.Export.DemangledKey.Contains(low)));
        return await HitsAsync(SymbolSearch.Contains, containing, await containing.CountAsync(cancellationToken));

        // One page of hits in name order (artifact, then file order, break ties so pages never overlap).
        async Task<SymbolSearch> HitsAsync(string mode, IQueryable<SymbolHitRow> hits, int total)
        {
            var items = await hits.OrderBy(r => r.Export.Name).ThenBy(r => r.Export.ArtifactId).ThenBy(r => r.Export.Id)
                .Skip(Paging.Offset(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
            return new SymbolSearch(mode, total, items.Select(r => new SymbolHit(r.Artifact.ToSummary(), r.Export.ToRow())).ToList(), page, pageSize);
        }
    }

    /// <summary>The kind, binding and version filters, which exports and imports share.</summary>
    private static IQueryable<T> WhereSymbolFilters<T>(IQueryable<T> rows, SymbolQuery query)
        where T : class, ISymbolRow
    {
        if (query.Kind is not null && EnumNames.TryParse<SymbolKind>(query.Kind, out var kind))
        {
            rows = rows.Where(r => r.Kind == kind);
        }

        if (query.Binding is not null && EnumNames.TryParse<SymbolBinding>(query.Binding, out var binding))
        {
            rows = rows.Where(r => r.Binding == binding);
        }

        if (query.Version is not null)
        {
            rows = query.Version.Length == 0 ? rows.Where(r => r.Version == null) : rows.Where(r => r.Version == query.Version);
        }

        return rows;
    }

    /// <summary>
    /// An export row with its artifact, as the symbol search joins them. Init properties, not a
    /// positional record: EF Core translates later filters through a member-init projection only.
    /// </summary>
    private sealed class SymbolHitRow
    {
        public required ExportEntity Export { get; init; }

        public required ArtifactEntity Artifact { get; init; }
    }

    private static IQueryable<ExportEntity> SortExports(IQueryable<ExportEntity> rows, SymbolQuery query) => query.SortKey switch
    {
        "name" => query.SortDescending ? rows.OrderByDescending(e => e.Name).ThenBy(e => e.Id) : rows.OrderBy(e => e.Name).ThenBy(e => e.Id),
        "demangled" => query.SortDescending ? rows.OrderByDescending(e => e.Demangled ?? e.Name).ThenBy(e => e.Id) : rows.OrderBy(e => e.Demangled ?? e.Name).ThenBy(e => e.Id),
        "version" => query.SortDescending ? rows.OrderByDescending(e => e.Version).ThenBy(e => e.Id) : rows.OrderBy(e => e.Version).ThenBy(e => e.Id),
        "kind" => query.SortDescending ? rows.OrderByDescending(e => e.Kind).ThenBy(e => e.Id) : rows.OrderBy(e => e.Kind).ThenBy(e => e.Id),
        "address" => query.SortDescending ? rows.OrderByDescending(e => e.Address).ThenBy(e => e.Id) : rows.OrderBy(e => e.Address).ThenBy(e => e.Id),
        "size" => query.SortDescending ? rows.OrderByDescending(e => e.Size).ThenBy(e => e.Id) : rows.OrderBy(e => e.Size).ThenBy(e => e.Id),
        _ => query.SortDescending ? rows.OrderByDescending(e => e.Id) : rows.OrderBy(e => e.Id),
    };
}

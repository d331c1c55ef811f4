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

        bool filtered = !string.IsNullOrEmpty(query.Q) || query.Kind is not null || query.Binding is not null || query.Version is not null || query.Member is not null;
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

        bool filtered = !string.IsNullOrEmpty(query.Q) || query.Kind is not null || query.Binding is not null || query.Version is not null || !string.IsNullOrEmpty(query.Library) || query.Member is not null;
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
            "ordinal" => query.SortDescending ? rows.OrderByDescending(i => i.Ordinal).ThenBy(i => i.Id) : rows.OrderBy(i => i.Ordinal).ThenBy(i => i.Id),
            _ => query.SortDescending ? rows.OrderByDescending(i => i.Id) : rows.OrderBy(i => i.Id),
        };
        var page = await sorted.Skip(Paging.Offset(query.Page, query.PageSize)).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<ImportRow>(total, page.Select(i => i.ToRow()).ToList(), query.Page, query.PageSize);
    }

    public async Task<SymbolSearch> SearchSymbolsAsync(string q, string match, int page, int pageSize, CancellationToken cancellationToken)
    {
        string low = q.ToLowerInvariant();
        if (match != SymbolSearch.Contains)
        {
            var prefixed = await PrefixSearchAsync(low, page, pageSize, cancellationToken);
            if (prefixed.Total > 0 || match == SymbolSearch.Prefix)
            {
                return prefixed;
            }
        }

        // People type the part of a C++ name they remember (Circle::area, not shapes::Circle::area):
        // a substring scan, which no index serves, so it runs only when asked or when no name
        // starts with the query. Export rows exist only for ready artifacts (written in the
        // transaction that makes them ready), so no status filter is needed.
        var containing = db.Exports.AsNoTracking().Where(e => (e.NameKey != null && e.NameKey.Contains(low)) || (e.DemangledKey != null && e.DemangledKey.Contains(low)));
        int total = await containing.CountAsync(cancellationToken);
        var rows = await containing.OrderBy(e => e.Name).ThenBy(e => e.ArtifactId).ThenBy(e => e.Id)
            .Skip(Paging.Offset(page, pageSize)).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new SymbolSearch(SymbolSearch.Contains, total, await HitsAsync(rows, cancellationToken), page, pageSize);
    }

    /// <summary>
    /// A case-insensitive prefix search whose cost follows the page, not the store: two index range
    /// scans on the lower-cased keys (raw names, then demangled names whose raw name did not
    /// match), each stopped after the rows up to this page, merged in key order; and counts that
    /// stop at <see cref="SymbolSearch.CountCap"/>. With 930k export rows and a prefix matching
    /// most of them, a page costs what it costs with 60k.
    /// </summary>
    private async Task<SymbolSearch> PrefixSearchAsync(string low, int page, int pageSize, CancellationToken cancellationToken)
    {
        // A key range on the lower-cased columns (see ExportConfiguration): [low, low + U+FFFF).
        string high = low + '\uffff';
        var byName = db.Exports.AsNoTracking().Where(e => string.Compare(e.NameKey, low) >= 0 && string.Compare(e.NameKey, high) < 0);
        var byDemangled = db.Exports.AsNoTracking().Where(e => string.Compare(e.DemangledKey, low) >= 0 && string.Compare(e.DemangledKey, high) < 0
            && (e.NameKey == null || string.Compare(e.NameKey, low) < 0 || string.Compare(e.NameKey, high) >= 0));
        // The name count reads only the key (the index covers it).
        int counted = await byName.Select(e => e.NameKey).Take(SymbolSearch.CountCap + 1).CountAsync(cancellationToken)
            + await byDemangled.Select(e => e.Id).Take(SymbolSearch.CountCap + 1).CountAsync(cancellationToken);
        int total = Math.Min(counted, SymbolSearch.CountCap);
        int offset = Paging.Offset(page, pageSize);
        if (offset >= total)
        {
            return new SymbolSearch(SymbolSearch.Prefix, total, [], page, pageSize, counted > total);
        }

        int take = Math.Min(offset + pageSize, total);
        var names = await byName.OrderBy(e => e.NameKey).ThenBy(e => e.ArtifactId).ThenBy(e => e.Id).Take(take)
            .Select(e => new KeyedRow(e.NameKey!, e.ArtifactId, e.Id)).ToListAsync(cancellationToken);
        var demangled = await byDemangled.OrderBy(e => e.DemangledKey).ThenBy(e => e.ArtifactId).ThenBy(e => e.Id).Take(take)
            .Select(e => new KeyedRow(e.DemangledKey!, e.ArtifactId, e.Id)).ToListAsync(cancellationToken);

        // Ordinal order is the index's: SQLite compares bytes, PostgreSQL's "C" collation too.
        var pageRows = names.Concat(demangled)
            .OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.ArtifactId).ThenBy(r => r.Id)
            .Skip(offset).Take(pageSize)
            .ToList();
        long[] artifactIds = [.. pageRows.Select(r => r.ArtifactId).Distinct()];
        int[] exportIds = [.. pageRows.Select(r => r.Id).Distinct()];
        var rows = (await db.Exports.AsNoTracking().Where(e => artifactIds.Contains(e.ArtifactId) && exportIds.Contains(e.Id)).ToListAsync(cancellationToken))
            .ToDictionary(e => (e.ArtifactId, e.Id));
        var ordered = pageRows.Select(r => rows.GetValueOrDefault((r.ArtifactId, r.Id))).OfType<ExportEntity>().ToList();
        return new SymbolSearch(SymbolSearch.Prefix, total, await HitsAsync(ordered, cancellationToken), page, pageSize, counted > total);
    }

    /// <summary>Export rows with their artifacts' summaries (one query for the page's artifacts).</summary>
    private async Task<List<SymbolHit>> HitsAsync(List<ExportEntity> rows, CancellationToken cancellationToken)
    {
        long[] ids = [.. rows.Select(r => r.ArtifactId).Distinct()];
        var artifacts = await db.Artifacts.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(ArtifactMapping.Summary).ToDictionaryAsync(a => a.Id, cancellationToken);
        return rows.Where(r => artifacts.ContainsKey(r.ArtifactId)).Select(r => new SymbolHit(artifacts[r.ArtifactId], r.ToRow())).ToList();
    }

    /// <summary>A search hit by the key it matched on.</summary>
    private sealed record KeyedRow(string Key, long ArtifactId, int Id);

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

        if (query.Member is not null)
        {
            rows = query.Member.Length == 0 ? rows.Where(r => r.Member == null) : rows.Where(r => r.Member == query.Member);
        }

        return rows;
    }

    /// <summary>
    /// The export table's order. Descending is the exact reverse of ascending (ties by Id too), so
    /// name, demangled and file order each read one index backwards instead of sorting ties.
    /// </summary>
    internal static IQueryable<ExportEntity> SortExports(IQueryable<ExportEntity> rows, SymbolQuery query) => query.SortKey switch
    {
        "name" => By(rows, e => e.Name, query.SortDescending),
        "demangled" => By(rows, e => e.SortName, query.SortDescending),
        "version" => By(rows, e => e.Version, query.SortDescending),
        "kind" => By(rows, e => e.Kind, query.SortDescending),
        "address" => By(rows, e => e.Address, query.SortDescending),
        "size" => By(rows, e => e.Size, query.SortDescending),
        "ordinal" => By(rows, e => e.Ordinal, query.SortDescending),
        _ => query.SortDescending ? rows.OrderByDescending(e => e.Id) : rows.OrderBy(e => e.Id),
    };

    private static IQueryable<ExportEntity> By<TKey>(IQueryable<ExportEntity> rows, System.Linq.Expressions.Expression<Func<ExportEntity, TKey>> key, bool descending)
        => descending ? rows.OrderByDescending(key).ThenByDescending(e => e.Id) : rows.OrderBy(key).ThenBy(e => e.Id);

    public async Task<int?> FindExportIdAsync(long id, string name, string? version, CancellationToken cancellationToken)
    {
        // The lower-cased key is indexed; the exact name then picks among case variants.
        string key = name.ToLowerInvariant();
        var rows = db.Exports.AsNoTracking().Where(e => e.NameKey == key && e.ArtifactId == id && e.Name == name);
        if (version is not null)
        {
            rows = rows.Where(e => e.Version == version);
        }

        var ids = await rows.OrderByDescending(e => e.DefaultVersion == true).ThenBy(e => e.Id).Select(e => e.Id).Take(1).ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }
}

using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries.Abi;

/// <summary>Reads artifacts' ABI surfaces through <see cref="AbiSurfaceCache"/>, and their build-id pairing from <c>build_ids</c>.</summary>
internal sealed class AbiQueries(PortalDbContext db, AbiSurfaceCache cache) : IAbiQueries
{
    /// <summary>Types listed on a type's page as using it; the rest are counted, not listed.</summary>
    private const int MaxUsedBy = 200;

    public async Task<AbiOverview?> GetOverviewAsync(long artifactId, string? q, int page, int pageSize, CancellationToken cancellationToken, string? member = null)
    {
        var artifact = await db.Artifacts.AsNoTracking().Where(a => a.Id == artifactId).Select(a => new { a.Status, a.Kind }).FirstOrDefaultAsync(cancellationToken);
        if (artifact is null)
        {
            return null;
        }

        var empty = new PagedResult<AbiDeclarationRow>(0, [], page, pageSize);
        string? unavailable = artifact.Status switch
        {
            ArtifactStatus.Queued or ArtifactStatus.Parsing => "The file is not parsed yet.",
            ArtifactStatus.Failed => "The file could not be parsed.",
            _ => null,
        };
        var views = unavailable is null ? await ViewsAsync(artifactId, cancellationToken) : null;
        var selected = views?.Select(member);
        if (views is not null && selected is null)
        {
            return null;
        }

        if (selected is not { View: var view, Member: var shown })
        {
            return new AbiOverview(artifactId, artifact.Status, AbiEvidenceText.SymbolsOnly, false, false, null, null, 0, 0, 0, 0, empty, unavailable ?? "The file is not parsed yet.");
        }

        var surface = view.Surface;
        IEnumerable<AbiDeclarationRow> rows = view.Declarations;
        if (q is not null)
        {
            rows = rows.Where(r => Contains(r.Symbol, q) || Contains(r.Demangled, q) || Contains(r.Declaration, q));
        }

        var matching = rows.ToList();
        var items = matching.Skip(Paging.Offset(page, pageSize)).Take(pageSize).ToList();
        string? why = artifact.Kind == Parsing.IngestFacts.DebugFileKind
            ? "This is a debug file: it describes the exports of the binary with its build id, not its own (it has none)."
            : null;
        return new AbiOverview(
            artifactId, artifact.Status, view.Evidence, surface is not null, surface?.Evidence.Partial == true, surface?.Evidence.Source, surface?.Evidence.DebugFile,
            surface?.Functions.Count ?? 0, surface?.Variables.Count ?? 0, surface?.Types.Count ?? 0, view.ExportCount,
            new PagedResult<AbiDeclarationRow>(matching.Count, items, page, pageSize), why, shown, views!.MembersWithSurface);
    }

    public async Task<PagedResult<AbiTypeRow>?> GetTypesAsync(long artifactId, string? q, int page, int pageSize, CancellationToken cancellationToken, string? member = null)
    {
        if (!await ReadyAsync(artifactId, cancellationToken))
        {
            return await db.Artifacts.AnyAsync(a => a.Id == artifactId, cancellationToken) ? new PagedResult<AbiTypeRow>(0, [], page, pageSize) : null;
        }

        var view = await ViewAsync(artifactId, member, cancellationToken);
        if (view?.Surface is not { } surface)
        {
            return view is null ? null : new PagedResult<AbiTypeRow>(0, [], page, pageSize);
        }

        var matching = surface.Types.Where(t => AbiSurfaceView.IsNamed(t.Kind) && (q is null || Contains(t.Name, q) || Contains(t.Id, q))).ToList();
        var items = matching.Skip(Paging.Offset(page, pageSize)).Take(pageSize).Select(AbiSurfaceView.RowOf).ToList();
        return new PagedResult<AbiTypeRow>(matching.Count, items, page, pageSize);
    }

    public async Task<AbiTypeLayout?> GetTypeAsync(long artifactId, string typeId, CancellationToken cancellationToken, string? member = null)
    {
        if (!await ReadyAsync(artifactId, cancellationToken) || (await ViewsAsync(artifactId, cancellationToken))?.Select(member) is not ({ Surface: { } surface } view, var shown) || view.Find(typeId) is not { } type)
        {
            return null;
        }

        string layout = AbiLayoutFormatter.Format(surface, type);
        var uses = view.LinksOf(AbiSurfaceView.Referenced(type)).Where(l => l.Id != type.Id).ToList();
        var usedBy = surface.Types
            .Where(t => t.Id != type.Id && AbiSurfaceView.IsNamed(t.Kind) && view.LinksOf(AbiSurfaceView.Referenced(t)).Any(l => l.Id == type.Id))
            .Take(MaxUsedBy)
            .Select(t => new AbiTypeLink(t.Id, t.Name))
            .ToList();
        var exports = view.Declarations.Where(d => d.Types.Any(l => l.Id == type.Id)).Take(MaxUsedBy).ToList();
        return new AbiTypeLayout(artifactId, AbiSurfaceView.RowOf(type), layout, uses, usedBy, exports, view.Evidence, shown);
    }

    public async Task<AbiDeclarationRow?> GetDeclarationAsync(long artifactId, string symbol, ulong? address, CancellationToken cancellationToken, string? member = null)
    {
        if (!await ReadyAsync(artifactId, cancellationToken) || await ViewAsync(artifactId, member, cancellationToken) is not { } view)
        {
            return null;
        }

        var named = view.Declarations.Where(d => d.Symbol == symbol).ToList();
        return named.FirstOrDefault(d => d.Address == address) ?? named.FirstOrDefault();
    }

    public async Task<DebugLinkInfo?> GetDebugLinkAsync(long artifactId, CancellationToken cancellationToken)
    {
        var own = await db.BuildIds.AsNoTracking().Where(b => b.ArtifactId == artifactId).FirstOrDefaultAsync(cancellationToken);
        if (own is null)
        {
            return null;
        }

        if (!own.IsDebugFile)
        {
            return new DebugLinkInfo(own.BuildId, false, [], [], own.DebugFileId, own.HasAbi);
        }

        var partners = await db.BuildIds.AsNoTracking()
            .Where(b => b.BuildId == own.BuildId && !b.IsDebugFile)
            .Join(db.Artifacts, b => b.ArtifactId, a => a.Id, (b, a) => new { b.DebugFileId, b.HasAbi, Artifact = a })
            .OrderBy(p => p.Artifact.Id)
            .Take(Parsing.DebugPairing.MaxPartners * 4)
            .ToListAsync(cancellationToken);
        var attached = partners.Where(p => p.DebugFileId == artifactId).Select(p => ArtifactMapping.ToSummary(p.Artifact)).ToList();
        var waiting = partners.Where(p => !p.HasAbi).Select(p => ArtifactMapping.ToSummary(p.Artifact)).ToList();
        return new DebugLinkInfo(own.BuildId, true, attached, waiting, null, own.HasAbi);
    }

    private Task<bool> ReadyAsync(long artifactId, CancellationToken cancellationToken)
        => db.Artifacts.AsNoTracking().AnyAsync(a => a.Id == artifactId && a.Status == ArtifactStatus.Ready, cancellationToken);

    /// <summary>The view of a member (a slice, an object), or with none named what <see cref="AbiArtifactViews.Select"/> picks; null for an unknown artifact or member.</summary>
    private async Task<AbiSurfaceView?> ViewAsync(long artifactId, string? member, CancellationToken cancellationToken)
        => (await ViewsAsync(artifactId, cancellationToken))?.Select(member)?.View;

    private Task<AbiArtifactViews?> ViewsAsync(long artifactId, CancellationToken cancellationToken)
        => cache.GetAsync(artifactId, ct => db.Snapshots.AsNoTracking().Where(s => s.ArtifactId == artifactId).Select(s => s.Json).FirstOrDefaultAsync(ct), cancellationToken);

    private static bool Contains(string? text, string q) => text is not null && text.Contains(q, StringComparison.OrdinalIgnoreCase);
}

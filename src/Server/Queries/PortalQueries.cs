using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Parsers.Diff;
using AbiPortal.Server.Data;
using AbiPortal.Server.Diffs;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries;

/// <summary>The read side over EF Core (no tracking): artifacts here, symbols and libraries in the other parts.</summary>
internal sealed partial class PortalQueries(PortalDbContext db, DiffStore diffs, ExportPageCache exportPages) : IPortalQueries
{
    private static readonly JsonSerializerOptions IdentityJsonOptions = new(JsonSerializerDefaults.Web);

    public async Task<PagedResult<ArtifactSummary>> ListArtifactsAsync(string? library, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Artifacts.AsNoTracking();
        if (!string.IsNullOrEmpty(library))
        {
            query = query.Where(a => a.Library == library);
        }

        int total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.Id).Skip(Paging.Offset(page, pageSize)).Take(pageSize).Select(ArtifactMapping.Summary).ToListAsync(cancellationToken);
        return new PagedResult<ArtifactSummary>(total, items, page, pageSize);
    }

    public async Task<ArtifactDetail?> GetArtifactAsync(long id, CancellationToken cancellationToken)
    {
        var artifact = await db.Artifacts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (artifact is null)
        {
            return null;
        }

        var dependencies = await db.Dependencies.AsNoTracking().Where(d => d.ArtifactId == id).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var versionNodes = await db.VersionNodes.AsNoTracking().Where(v => v.ArtifactId == id).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        var diagnostics = await db.Diagnostics.AsNoTracking().Where(d => d.ArtifactId == id).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.ArtifactId == id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var identity = artifact.IdentityJson is { } json
            ? JsonSerializer.Deserialize<SnapshotIdentity>(json, IdentityJsonOptions) ?? SnapshotIdentity.Empty
            : SnapshotIdentity.Empty;

        return new ArtifactDetail(
            artifact.ToSummary(),
            artifact.Endian,
            identity,
            dependencies.Select(d => new DependencyRow(d.Name, EnumNames.Of(d.Kind), ArtifactMapping.SplitList(d.RequiredVersions), d.CurrentVersion, d.CompatibilityVersion, d.Member)).ToList(),
            versionNodes.Select(v => new VersionNodeRow(v.Name, v.VersionIndex, v.IsBase, v.IsWeak, ArtifactMapping.SplitList(v.Parents), v.Member)).ToList(),
            diagnostics.Select(d => new DiagnosticRow(d.Code, EnumNames.Of(d.Severity), d.Offset, d.Message, d.Member)).ToList(),
            members.Select(m => new MemberRow(m.Id, m.Name, m.Format, m.Arch, m.Kind, m.ExportCount, m.ImportCount, m.DiagnosticCount)).ToList(),
            artifact.Error,
            artifact.Attempts);
    }

    public async Task<string?> GetSnapshotJsonAsync(long id, CancellationToken cancellationToken)
        => await db.Snapshots.AsNoTracking().Where(s => s.ArtifactId == id).Select(s => s.Json).FirstOrDefaultAsync(cancellationToken);

    public async Task<ArtifactDiff?> GetDiffAsync(long baseId, long headId, CancellationToken cancellationToken)
    {
        if (await SidesAsync(baseId, headId, cancellationToken) is not var (oldSide, newSide)
            || await diffs.EnsureAsync(baseId, headId, pin: false, cancellationToken) is not { } stored)
        {
            return null;
        }

        var diff = stored.Diff ?? await diffs.LoadAsync(stored.Id, oldSide.ToDiffSide(), newSide.ToDiffSide(), cancellationToken);
        return new ArtifactDiff(oldSide, newSide, diff);
    }

    public async Task<DiffView?> GetDiffViewAsync(long baseId, long headId, CancellationToken cancellationToken)
    {
        if (await SidesAsync(baseId, headId, cancellationToken) is not var (oldSide, newSide)
            || await diffs.EnsureAsync(baseId, headId, pin: false, cancellationToken) is not { } stored)
        {
            return null;
        }

        var (summary, groups, changeCount) = await diffs.SummaryAsync(stored.Id, cancellationToken);

        // What each side was read from (symbols only, or with debug info): the page says what it checked.
        var evidence = await db.Diffs.AsNoTracking().Where(d => d.Id == stored.Id).Select(d => new { d.OldEvidence, d.NewEvidence }).FirstOrDefaultAsync(cancellationToken);
        var oldDiffSide = oldSide.ToDiffSide() with { Evidence = evidence?.OldEvidence };
        var newDiffSide = newSide.ToDiffSide() with { Evidence = evidence?.NewEvidence };
        return new DiffView(oldSide, newSide, stored.Id, oldDiffSide, newDiffSide, AbiDiff.VerdictOf(summary), summary, groups, changeCount);
    }

    public Task<PagedResult<DiffChangeRow>> GetDiffChangesAsync(long diffId, DiffChangeQuery query, CancellationToken cancellationToken)
        => diffs.ChangesAsync(diffId, query, cancellationToken);

    public Task<IReadOnlyList<DiffChangeRow>> GetDiffCausesAsync(long diffId, CancellationToken cancellationToken)
        => diffs.CausesAsync(diffId, cancellationToken);

    public Task<IReadOnlyList<DiffGroup>> GetDiffGroupsAsync(long diffId, string? q, CancellationToken cancellationToken)
        => diffs.GroupsAsync(diffId, q, cancellationToken);

    public Task<PagedResult<AbiSymbol>> GetDiffSymbolsAsync(long diffId, int changeId, int page, int pageSize, CancellationToken cancellationToken)
        => diffs.SymbolsAsync(diffId, changeId, page, pageSize, cancellationToken);

    /// <summary>Both sides of a diff, or null when either is unknown.</summary>
    private async Task<(ArtifactSummary Old, ArtifactSummary New)?> SidesAsync(long baseId, long headId, CancellationToken cancellationToken)
    {
        var sides = await db.Artifacts.AsNoTracking().Where(a => a.Id == baseId || a.Id == headId).Select(ArtifactMapping.Summary).ToListAsync(cancellationToken);
        return sides.FirstOrDefault(a => a.Id == baseId) is { } oldSide && sides.FirstOrDefault(a => a.Id == headId) is { } newSide ? (oldSide, newSide) : null;
    }
}

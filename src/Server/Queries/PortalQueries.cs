using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries;

/// <summary>The read side over EF Core (no tracking): artifacts here, symbols and libraries in the other parts.</summary>
internal sealed partial class PortalQueries(PortalDbContext db, DiffService diffs, ExportPageCache exportPages) : IPortalQueries
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
        var items = await query.OrderByDescending(a => a.Id).Skip(Paging.Offset(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<ArtifactSummary>(total, items.Select(a => a.ToSummary()).ToList(), page, pageSize);
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
        var sides = await db.Artifacts.AsNoTracking().Where(a => a.Id == baseId || a.Id == headId).ToListAsync(cancellationToken);
        var oldSide = sides.FirstOrDefault(a => a.Id == baseId);
        var newSide = sides.FirstOrDefault(a => a.Id == headId);
        if (oldSide is null || newSide is null)
        {
            return null;
        }

        var diff = await diffs.CompareAsync(db, baseId, headId, cancellationToken);
        return diff is null ? null : new ArtifactDiff(oldSide.ToSummary(), newSide.ToSummary(), diff);
    }
}

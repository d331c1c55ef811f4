using System.Globalization;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Matrix;
using AbiPortal.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries;

/// <summary>
/// The platform view over the stored rows: the builds of one version of a library (releases and
/// pre-releases) become the columns of an <see cref="ExportMatrix"/>, built by the same code as
/// <c>abiportal matrix</c>. The database answers with the few columns the matrix reads, projected
/// in SQL; names are normalized here, since the normalized form of a C++ name comes from its
/// demangled signature, which SQL cannot compute. The built matrix is cached per set of builds
/// (<see cref="MatrixCache"/>), and filters and pages are served from it.
/// </summary>
internal sealed class MatrixQueries(PortalDbContext db, MatrixCache cache) : IMatrixQueries
{
    public async Task<IReadOnlyList<PlatformVersion>> ListPlatformVersionsAsync(string library, CancellationToken cancellationToken)
    {
        var builds = await db.Artifacts.AsNoTracking()
            .Where(a => a.Library == library && a.Version != null && a.Channel != ArtifactLabels.PullRequestChannel)
            .Select(a => new { a.Version, a.Platform })
            .ToListAsync(cancellationToken);
        return builds
            .GroupBy(b => b.Version!)
            .OrderBy(g => g.Key, VersionComparer.Instance)
            .Select(g => new PlatformVersion(
                g.Key,
                g.Count(),
                g.Where(b => b.Platform is not null).Select(b => b.Platform!).Distinct().Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    public async Task<PlatformMatrix?> GetMatrixAsync(string library, string version, CancellationToken cancellationToken)
    {
        var builds = await db.Artifacts.AsNoTracking()
            .Where(a => a.Library == library && a.Version == version && a.Channel != ArtifactLabels.PullRequestChannel)
            .OrderBy(a => a.Id)
            .Select(a => new StoredBuild(a.Id, a.FileName, a.Platform, a.Status, a.Format, a.Arch, a.IdentityJson))
            .ToListAsync(cancellationToken);
        if (builds.Count == 0)
        {
            return null;
        }

        var ready = builds.Where(b => b.Status == ArtifactStatus.Ready).ToList();
        var pending = builds.Where(b => b.Status != ArtifactStatus.Ready).Select(b => new PlatformBuild(b.Id, b.FileName, b.Platform, b.Status)).ToList();
        string key = string.Join(";", ready.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Id}={b.Platform}")));
        var matrix = cache.Get(key);
        if (matrix is null)
        {
            matrix = ExportMatrixBuilder.Build(await LoadPlatformsAsync(ready, cancellationToken));
            cache.Set(key, matrix);
        }

        return new PlatformMatrix(library, version, matrix, pending);
    }

    public async Task<SymbolPlatforms?> GetSymbolPlatformsAsync(long artifactId, int exportId, CancellationToken cancellationToken)
    {
        var artifact = await db.Artifacts.AsNoTracking()
            .Where(a => a.Id == artifactId)
            .Select(a => new { a.Library, a.Version, a.Channel })
            .FirstOrDefaultAsync(cancellationToken);
        if (artifact is not { Library: { } library, Version: { } version } || artifact.Channel == ArtifactLabels.PullRequestChannel)
        {
            return null;
        }

        // One build is no comparison: the symbol page of a big library uploaded for one platform
        // should not pay for a matrix of all its names.
        int ready = await db.Artifacts.AsNoTracking()
            .CountAsync(a => a.Library == library && a.Version == version && a.Channel != ArtifactLabels.PullRequestChannel && a.Status == ArtifactStatus.Ready, cancellationToken);
        if (ready < 2)
        {
            return new SymbolPlatforms(library, version, [], null);
        }

        if (await GetMatrixAsync(library, version, cancellationToken) is not { } platforms)
        {
            return null;
        }

        var matrix = platforms.Matrix;
        var own = Enumerable.Range(0, matrix.Columns.Count).Where(c => matrix.Columns[c].ArtifactId == artifactId).ToList();
        var row = matrix.Rows.FirstOrDefault(r => own.Exists(c => r.Cells[c].Spellings.Any(s => s.ExportId == exportId)));
        return new SymbolPlatforms(library, version, matrix.Columns, row);
    }

    /// <summary>
    /// The columns of the ready builds, by label: one per build, one per slice of a universal
    /// Mach-O file. Rows are read once, projected to what the normalizer needs, as a stream.
    /// </summary>
    private async Task<List<MatrixPlatform>> LoadPlatformsAsync(List<StoredBuild> builds, CancellationToken cancellationToken)
    {
        var ids = builds.Select(b => b.Id).ToList();
        var members = await db.Members.AsNoTracking()
            .Where(m => ids.Contains(m.ArtifactId))
            .Select(m => new StoredMember(m.ArtifactId, m.Name, m.Format, m.Arch))
            .ToListAsync(cancellationToken);
        var columns = StoredColumns.For(builds, members);

        var rows = db.Exports.AsNoTracking()
            .Where(e => ids.Contains(e.ArtifactId))
            .OrderBy(e => e.ArtifactId).ThenBy(e => e.Id)
            .Select(e => new StoredExport(e.ArtifactId, e.Id, e.Name, e.Demangled, e.Version, e.ImportedName, e.Kind, e.Member));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            columns.Add(row);
        }

        return columns.Platforms();
    }
}

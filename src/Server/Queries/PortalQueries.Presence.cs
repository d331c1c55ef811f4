using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Matrix;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries;

/// <summary>Where else an export exists: the symbol page's "Across versions".</summary>
internal sealed partial class PortalQueries
{
    /// <summary>One export of another upload that is the same name.</summary>
    private sealed record NameMatch(long ArtifactId, int Id, string? Version, bool? DefaultVersion, string? Member);

    /// <summary>
    /// The exports of <paramref name="siblings"/> that are <paramref name="export"/>'s name. Builds
    /// that decorate names as this one does are matched on the raw name (through its index); the
    /// others on the export matrix's normalized key (<see cref="ExportNaming.Normalize"/>), over
    /// the few candidates whose raw or demangled name can carry it.
    /// </summary>
    private async Task<List<NameMatch>> SameNameAsync(ArtifactEntity artifact, ExportEntity export, List<ArtifactSummary> siblings, CancellationToken cancellationToken)
    {
        string exportName = export.Name!;
        var ownScheme = NameSchemes.Of(artifact.Format, artifact.Arch);
        // Same decoration and same C++ mangling family (Windows builds mangle as MSVC does).
        var sameScheme = siblings.Where(a => NameSchemes.Of(a.Format, a.Arch) == ownScheme && (a.Format == "pe") == (artifact.Format == "pe")).Select(a => a.Id).ToList();
        var otherScheme = siblings.Where(a => !sameScheme.Contains(a.Id)).ToDictionary(a => a.Id, a => NameSchemes.Of(a.Format, a.Arch));

        string key = exportName.ToLowerInvariant();
        var matches = await db.Exports.AsNoTracking()
            .Where(e => sameScheme.Contains(e.ArtifactId) && e.NameKey == key && e.Name == exportName)
            .Select(e => new NameMatch(e.ArtifactId, e.Id, e.Version, e.DefaultVersion, e.Member))
            .ToListAsync(cancellationToken);
        if (otherScheme.Count == 0
            || ExportNaming.Normalize(exportName, export.Demangled, export.ImportedName, export.Version, ownScheme) is not { } normalized)
        {
            return matches;
        }

        var ids = otherScheme.Keys.ToList();
        List<ExportEntity> candidates;
        if (normalized.IsCpp)
        {
            // Another platform's mangling demangles to the same qualified name (MSVC adds access
            // and calling convention around it): that narrows the rows the normalizer looks at.
            string qualified = (CppSignature.QualifiedName(export.Demangled) ?? normalized.Key).ToLowerInvariant();
            candidates = await db.Exports.AsNoTracking()
                .Where(e => ids.Contains(e.ArtifactId) && e.DemangledKey != null && e.DemangledKey.Contains(qualified))
                .ToListAsync(cancellationToken);
        }
        else
        {
            // C names: foo, _foo (Mach-O, cdecl), foo@12, _foo@12, @foo@12 (32-bit Windows).
            string c = normalized.Key.ToLowerInvariant();
            string[] exact = [c, "_" + c];
            string[] prefixes = [c + "@", "_" + c + "@", "@" + c + "@"];
            candidates = await db.Exports.AsNoTracking()
                .Where(e => ids.Contains(e.ArtifactId) && e.NameKey != null
                    && (exact.Contains(e.NameKey) || e.NameKey.StartsWith(prefixes[0]) || e.NameKey.StartsWith(prefixes[1]) || e.NameKey.StartsWith(prefixes[2])))
                .ToListAsync(cancellationToken);
        }

        matches.AddRange(candidates
            .Where(e => ExportNaming.Normalize(e.Name, e.Demangled, e.ImportedName, e.Version, otherScheme[e.ArtifactId]) is { } other
                && (other.Key == normalized.Key || (other.LooseKey ?? other.Key) == (normalized.LooseKey ?? normalized.Key)))
            .Select(e => new NameMatch(e.ArtifactId, e.Id, e.Version, e.DefaultVersion, e.Member)));
        return matches;
    }

    public async Task<long?> FindArtifactByFileNameAsync(string fileName, CancellationToken cancellationToken)
    {
        // Upload labels, not file names, are indexed; the artifacts table is small next to the
        // symbol tables, and this runs only when someone follows a forwarder.
        string low = fileName.ToLowerInvariant();
        var ids = await db.Artifacts.AsNoTracking()
            .Where(a => a.Status == ArtifactStatus.Ready && a.FileName.ToLower() == low)
            .OrderByDescending(a => a.Id).Select(a => a.Id).Take(1)
            .ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }
}

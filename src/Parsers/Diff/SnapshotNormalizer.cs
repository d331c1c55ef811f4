using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Replaces nulls that hand-written or older snapshot JSON can leave in non-nullable lists. The
/// source-generated deserializer sets every init-only property, so a missing <c>"members"</c>
/// becomes null rather than the declared empty default.
/// </summary>
internal static class SnapshotNormalizer
{
    public static Snapshot Normalize(Snapshot s)
    {
        bool clean = s.Identity is not null && s.Dependencies is not null && s.Exports is not null && s.Imports is not null
            && s.VersionNodes is not null && s.Members is not null && s.Diagnostics is not null && s.Members.Count == 0;
        if (clean)
        {
            return s;
        }

        return s with
        {
            Identity = s.Identity ?? SnapshotIdentity.Empty,
            Dependencies = s.Dependencies ?? [],
            Exports = s.Exports ?? [],
            Imports = s.Imports ?? [],
            VersionNodes = s.VersionNodes ?? [],
            Diagnostics = s.Diagnostics ?? [],
            Members = s.Members is null ? [] : s.Members.Select(Normalize).ToArray(),
        };
    }
}

using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Queries.Abi;

/// <summary>
/// The ABI surface views of one artifact: its top level and each member (a fat file's slice, an
/// archive's object) that has a surface of its own. A universal binary's surfaces live in its
/// slices only, so its ABI tab shows a slice at a time.
/// </summary>
public sealed class AbiArtifactViews
{
    private readonly Dictionary<string, AbiSurfaceView> members = new(StringComparer.Ordinal);

    public AbiArtifactViews(Snapshot snapshot)
    {
        Top = new AbiSurfaceView(snapshot);
        var names = new List<string>();
        foreach (var member in snapshot.Members)
        {
            if (member.Abi is not null && member.Member is { } name && !members.ContainsKey(name))
            {
                members.Add(name, new AbiSurfaceView(member));
                names.Add(name);
            }
        }

        MembersWithSurface = names;
    }

    /// <summary>The top-level file's view.</summary>
    public AbiSurfaceView Top { get; }

    /// <summary>Members with a surface of their own, in snapshot order.</summary>
    public IReadOnlyList<string> MembersWithSurface { get; }

    /// <summary>What the cache counts against its limit.</summary>
    public int Weight => Top.Weight + members.Values.Sum(v => v.Weight);

    /// <summary>
    /// The view asked for: a member by name (null when it has no surface), or with none named the
    /// top level, unless only members have a surface, then the first of them (what a universal
    /// binary paired with its dSYM has).
    /// </summary>
    public (AbiSurfaceView View, string? Member)? Select(string? member)
    {
        if (member is not null)
        {
            return members.TryGetValue(member, out var view) ? (view, member) : null;
        }

        return Top.Surface is null && MembersWithSurface.Count > 0 ? (members[MembersWithSurface[0]], MembersWithSurface[0]) : (Top, null);
    }
}

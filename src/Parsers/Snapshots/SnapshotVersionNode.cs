namespace AbiPortal.Parsers.Snapshots;

/// <summary>An ELF symbol version this file defines (.gnu.version_d).</summary>
public sealed record SnapshotVersionNode
{
    public required string Name { get; init; }

    /// <summary>vd_ndx.</summary>
    public int Index { get; init; }

    /// <summary>True for the VER_FLG_BASE entry (the file's own name).</summary>
    public bool IsBase { get; init; }

    /// <summary>VER_FLG_WEAK.</summary>
    public bool IsWeak { get; init; }

    /// <summary>Predecessor versions (the vda entries after the first).</summary>
    public IReadOnlyList<string> Parents { get; init; } = [];
}

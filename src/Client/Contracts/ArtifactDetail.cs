using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Client.Contracts;

/// <summary>One artifact with everything but its symbol lists (those are paged: exports, imports).</summary>
/// <param name="Summary">The list view.</param>
/// <param name="Endian">Byte order (<c>little</c>, <c>big</c>), once parsed.</param>
/// <param name="Identity">Who the binary says it is (soname, build id, rpaths, ...); empty before parsing.</param>
/// <param name="Dependencies">Needed libraries, members included (each row names its member).</param>
/// <param name="VersionNodes">ELF version definitions.</param>
/// <param name="Diagnostics">Everything the reader reported, members included.</param>
/// <param name="Members">Archive members and fat slices (flattened; nested names joined by <c>/</c>).</param>
/// <param name="Error">Why the job failed (crash or timeout), when it did; reader problems are in <see cref="Diagnostics"/>.</param>
/// <param name="Attempts">How many times a worker claimed the parse job.</param>
public sealed record ArtifactDetail(
    ArtifactSummary Summary,
    string? Endian,
    SnapshotIdentity Identity,
    IReadOnlyList<DependencyRow> Dependencies,
    IReadOnlyList<VersionNodeRow> VersionNodes,
    IReadOnlyList<DiagnosticRow> Diagnostics,
    IReadOnlyList<MemberRow> Members,
    string? Error,
    int Attempts);

namespace AbiPortal.Client.Contracts;

/// <summary>
/// A library's releases and pre-releases in version order (oldest first), each judged against the
/// previous release, and apart from them the pull-request builds that <c>abiportal check</c> stored.
/// </summary>
/// <param name="Name">The library label.</param>
/// <param name="Versions">
/// Release and pre-release uploads, ordered by version label (numeric parts compared as numbers),
/// then upload time. Pull-request builds are not among them: they would crowd the timeline.
/// </param>
/// <param name="PullRequestBuilds">
/// The newest pull-request builds (channel <c>pr</c>), newest first, each judged against the
/// baseline a check uploaded then would have used: the highest-versioned ready release uploaded
/// before it (<see cref="LibraryVersion.PreviousArtifactId"/>).
/// </param>
/// <param name="PullRequestBuildCount">All pull-request builds of the library (more than the list when it is capped).</param>
public sealed record LibraryDetail(string Name, IReadOnlyList<LibraryVersion> Versions, IReadOnlyList<LibraryVersion> PullRequestBuilds, int PullRequestBuildCount);

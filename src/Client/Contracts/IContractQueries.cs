using AbiPortal.Parsers.Lint;

namespace AbiPortal.Client.Contracts;

/// <summary>Lint reports of stored artifacts (the "ABI contract" tab, the diff page, the PR comment).</summary>
public interface IContractQueries
{
    /// <summary>The artifact's contract; null for an unknown artifact.</summary>
    Task<ArtifactContract?> GetContractAsync(long artifactId, CancellationToken cancellationToken);

    /// <summary>Findings the head artifact has and the base had not; null when either has no report.</summary>
    Task<IReadOnlyList<LintFinding>?> GetNewFindingsAsync(long baseId, long headId, CancellationToken cancellationToken);
}

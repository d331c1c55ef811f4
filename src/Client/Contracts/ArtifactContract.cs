using AbiPortal.Parsers.Lint;

namespace AbiPortal.Client.Contracts;

/// <summary>
/// The "ABI contract" of one artifact: its lint report (docs/lint.md), or why there is none yet.
/// </summary>
/// <param name="ArtifactId">The artifact.</param>
/// <param name="Status">Its parse status; a report exists only for <see cref="ArtifactStatus.Ready"/>.</param>
/// <param name="Report">The findings, the evidence read and the rules that could not run; null when <paramref name="Unavailable"/> says why.</param>
/// <param name="Unavailable">Why there is no report: not parsed yet, parse failed.</param>
public sealed record ArtifactContract(long ArtifactId, ArtifactStatus Status, LintReport? Report, string? Unavailable);

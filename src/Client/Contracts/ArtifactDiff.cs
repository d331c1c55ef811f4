using AbiPortal.Parsers.Diff;

namespace AbiPortal.Client.Contracts;

/// <summary>Two stored artifacts and the diff between them (base = old, head = new).</summary>
/// <param name="Base">The old side.</param>
/// <param name="Head">The new side.</param>
/// <param name="Diff">The diff engine's result, the same as <c>abiportal diff --json</c> prints.</param>
public sealed record ArtifactDiff(ArtifactSummary Base, ArtifactSummary Head, AbiDiff Diff);

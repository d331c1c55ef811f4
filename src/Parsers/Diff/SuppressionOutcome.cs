namespace AbiPortal.Parsers.Diff;

/// <summary>A suppression entry and what it did in one diff.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Status">Applied, unmatched or expired.</param>
/// <param name="Matched">How many changes it matched (for an expired entry: would have matched).</param>
public sealed record SuppressionOutcome(SuppressionEntry Entry, SuppressionStatus Status, int Matched);

namespace AbiPortal.Parsers.Diff;

/// <summary>One difference inside one type, before the exports it reaches are attached (<see cref="AbiTypeComparer"/>).</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Severity">Its tier.</param>
/// <param name="Item">The member concerned (field, enumerator, base, virtual method), if any.</param>
/// <param name="Before">The old value as text.</param>
/// <param name="After">The new value as text.</param>
/// <param name="Rationale">Why it has its tier.</param>
internal sealed record TypeDifference(ChangeKind Kind, ChangeSeverity Severity, string? Item, string? Before, string? After, string? Rationale);

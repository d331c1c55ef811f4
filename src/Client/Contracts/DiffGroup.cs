using AbiPortal.Parsers.Diff;

namespace AbiPortal.Client.Contracts;

/// <summary>How many changes of a diff have one severity and kind (its breaking removals, say).</summary>
/// <param name="Severity">The severity.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Count">Changes in the group.</param>
public sealed record DiffGroup(ChangeSeverity Severity, ChangeKind Kind, int Count);

using AbiPortal.Parsers.Diff;

namespace AbiPortal.Server.Diffs;

/// <summary>A stored diff's id, with the diff itself when it was just computed (so the caller need not read it back).</summary>
/// <param name="Id">The <c>diffs</c> row.</param>
/// <param name="Diff">The engine's result when this call computed it, else null.</param>
internal sealed record ComputedDiff(long Id, AbiDiff? Diff);

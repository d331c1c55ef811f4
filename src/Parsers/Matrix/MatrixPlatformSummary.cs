namespace AbiPortal.Parsers.Matrix;

/// <summary>One build in the summary.</summary>
/// <param name="Platform">The column's label.</param>
/// <param name="Names">Distinct normalized names it exports.</param>
/// <param name="Missing">Names other builds export and it does not.</param>
/// <param name="OtherSpelling">Names it exports only under another spelling.</param>
public sealed record MatrixPlatformSummary(string Platform, int Names, int Missing, int OtherSpelling);

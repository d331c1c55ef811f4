namespace AbiPortal.Client.Contracts;

/// <summary>One reader diagnostic as stored.</summary>
/// <param name="Code">Stable code, e.g. <c>ELF1203</c> (group by this).</param>
/// <param name="Severity"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
/// <param name="Offset">File offset (relative to the member), when tied to one place.</param>
/// <param name="Message">Explanation for people.</param>
/// <param name="Member">The member it concerns; null at top level.</param>
public sealed record DiagnosticRow(string Code, string Severity, long? Offset, string Message, string? Member);

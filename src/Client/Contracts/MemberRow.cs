namespace AbiPortal.Client.Contracts;

/// <summary>An archive member or fat slice.</summary>
/// <param name="Index">Position in the flattened member list.</param>
/// <param name="Name">Member name or slice arch; nested members are joined with <c>/</c>.</param>
/// <param name="Format">Format name.</param>
/// <param name="Arch">Architecture.</param>
/// <param name="Kind">Kind name.</param>
/// <param name="ExportCount">Exports of this member alone.</param>
/// <param name="ImportCount">Imports of this member alone.</param>
/// <param name="DiagnosticCount">Diagnostics of this member alone.</param>
public sealed record MemberRow(int Index, string Name, string Format, string? Arch, string Kind, int ExportCount, int ImportCount, int DiagnosticCount);

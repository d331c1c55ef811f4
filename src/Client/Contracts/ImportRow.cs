namespace AbiPortal.Client.Contracts;

/// <summary>One imported symbol of an artifact.</summary>
/// <param name="Id">Stable id within the artifact (its position in the stored snapshot).</param>
/// <param name="Name">Raw name; null for PE imports by ordinal.</param>
/// <param name="Demangled">Demangled form, when mangled.</param>
/// <param name="Version">ELF required version.</param>
/// <param name="Library">Library it comes from, when the file says.</param>
/// <param name="Kind">Symbol kind.</param>
/// <param name="Binding">Binding.</param>
/// <param name="Ordinal">PE import by ordinal.</param>
/// <param name="Hint">PE import-by-name hint.</param>
/// <param name="Member">Archive member or fat slice; null at top level.</param>
/// <param name="Flags">Flags (<c>weak-import</c>, <c>delay</c>, <c>data</c>).</param>
public sealed record ImportRow(
    int Id,
    string? Name,
    string? Demangled,
    string? Version,
    string? Library,
    string Kind,
    string? Binding,
    uint? Ordinal,
    uint? Hint,
    string? Member,
    IReadOnlyList<string> Flags);

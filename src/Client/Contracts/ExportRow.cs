namespace AbiPortal.Client.Contracts;

/// <summary>
/// One exported symbol of an artifact. Enum-like fields use the snapshot JSON's words
/// (<c>function</c>, <c>global</c>, <c>default</c>); fields that do not apply to the format are null.
/// </summary>
/// <param name="Id">Stable id within the artifact (its position in the stored snapshot): <c>/artifacts/{id}/exports/{exportId}</c>.</param>
/// <param name="Name">Raw name as stored in the file; null for PE ordinal-only exports.</param>
/// <param name="Demangled">Demangled form, when the name is mangled.</param>
/// <param name="Version">ELF symbol version.</param>
/// <param name="DefaultVersion">ELF: <c>@@</c> (true) or hidden <c>@</c> (false).</param>
/// <param name="Kind">Symbol kind.</param>
/// <param name="Binding">Binding (<c>global</c>, <c>weak</c>, <c>unique</c>).</param>
/// <param name="Visibility">Visibility (<c>default</c>, <c>protected</c>, ...).</param>
/// <param name="Address">ELF st_value, Mach-O address, PE RVA.</param>
/// <param name="Size">ELF st_size.</param>
/// <param name="Ordinal">PE ordinal (base applied).</param>
/// <param name="Forwarder">PE forwarder target.</param>
/// <param name="Section">Section name.</param>
/// <param name="Member">Archive member or fat slice; null at top level.</param>
/// <param name="InSymbolTable">ELF: also listed in .symtab.</param>
/// <param name="Library">The library that really provides it (import libraries, Mach-O re-exports).</param>
/// <param name="ImportedName">Name in the providing library when it differs.</param>
/// <param name="Flags">Format-specific flags (<c>weak-definition</c>, <c>noname</c>, <c>data</c>, ...).</param>
public sealed record ExportRow(
    int Id,
    string? Name,
    string? Demangled,
    string? Version,
    bool? DefaultVersion,
    string Kind,
    string? Binding,
    string? Visibility,
    ulong? Address,
    ulong? Size,
    uint? Ordinal,
    string? Forwarder,
    string? Section,
    string? Member,
    bool? InSymbolTable,
    string? Library,
    string? ImportedName,
    IReadOnlyList<string> Flags);

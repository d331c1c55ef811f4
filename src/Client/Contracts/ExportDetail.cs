namespace AbiPortal.Client.Contracts;

/// <summary>
/// Everything about one export, answering the questions people ask of a symbol: is it global, is it
/// in the dynamic/export table, is it visible, which version, is the library stripped, and in
/// which other uploaded versions of the library it exists.
/// </summary>
/// <param name="Artifact">The artifact it belongs to.</param>
/// <param name="Export">The row.</param>
/// <param name="IsGlobal">Binding is global, weak or unique (linkable from outside).</param>
/// <param name="InExportTable">Listed in the dynamic symbol table / export table / export trie: always true for a stored export, stated for clarity.</param>
/// <param name="IsVisible">Visibility default or protected (null when the format has no visibility).</param>
/// <param name="LibraryStripped">The artifact has no full symbol table (.symtab); null when unknown.</param>
/// <param name="Presence">Every upload with the same library label (version order), and whether it has this export.</param>
/// <param name="FirstVersion">Earliest version label (in <see cref="Presence"/> order) that has it.</param>
/// <param name="LastVersion">Latest version label that has it.</param>
public sealed record ExportDetail(
    ArtifactSummary Artifact,
    ExportRow Export,
    bool IsGlobal,
    bool InExportTable,
    bool? IsVisible,
    bool? LibraryStripped,
    IReadOnlyList<SymbolPresence> Presence,
    string? FirstVersion,
    string? LastVersion);

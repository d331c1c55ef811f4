using AbiPortal.Parsers.Diff;

namespace AbiPortal.Client.Contracts;

/// <summary>
/// The read side of the portal, shared by the JSON API and the UI pages. Methods return null for
/// an unknown id or name. Callers validate paging and filters first (<see cref="Paging.Validate"/>,
/// <see cref="SymbolQuery.Validate"/>).
/// </summary>
public interface IPortalQueries
{
    /// <summary>Uploads, newest first, optionally only those with a library label.</summary>
    Task<PagedResult<ArtifactSummary>> ListArtifactsAsync(string? library, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>One artifact with identity, dependencies, version nodes, diagnostics and members.</summary>
    Task<ArtifactDetail?> GetArtifactAsync(long id, CancellationToken cancellationToken);

    /// <summary>A page of an artifact's exports.</summary>
    Task<PagedResult<ExportRow>?> GetExportsAsync(long id, SymbolQuery query, CancellationToken cancellationToken);

    /// <summary>A page of an artifact's imports.</summary>
    Task<PagedResult<ImportRow>?> GetImportsAsync(long id, SymbolQuery query, CancellationToken cancellationToken);

    /// <summary>One export with the questions people ask of it answered.</summary>
    Task<ExportDetail?> GetExportAsync(long id, int exportId, CancellationToken cancellationToken);

    /// <summary>
    /// The id of an artifact's export with exactly this raw name (and ELF version, when given;
    /// the default version first otherwise), or null: how a diff links a removed export to its page.
    /// </summary>
    Task<int?> FindExportIdAsync(long id, string name, string? version, CancellationToken cancellationToken);

    /// <summary>
    /// The newest ready upload whose file name is <paramref name="fileName"/> (case-insensitive,
    /// as Windows' loader compares DLL names), or null: where a forwarder's target DLL is.
    /// </summary>
    Task<long?> FindArtifactByFileNameAsync(string fileName, CancellationToken cancellationToken);

    /// <summary>The stored snapshot JSON (the same as <c>abiportal inspect --json</c>); null before parsing ends or for an unknown id.</summary>
    Task<string?> GetSnapshotJsonAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every library label, by name.</summary>
    Task<IReadOnlyList<LibrarySummary>> ListLibrariesAsync(CancellationToken cancellationToken);

    /// <summary>A library's uploads in version order with verdicts against the previous one.</summary>
    Task<LibraryDetail?> GetLibraryAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// The whole diff from <paramref name="baseId"/> (old) to <paramref name="headId"/> (new), every
    /// change and grouped symbol (the JSON and Markdown downloads); null when either artifact is
    /// unknown or has no snapshot yet. Read from the stored diff, computed and stored first when
    /// the pair has none.
    /// </summary>
    Task<ArtifactDiff?> GetDiffAsync(long baseId, long headId, CancellationToken cancellationToken);

    /// <summary>
    /// The stored diff's summary and groups, without its changes (computed and stored first when the
    /// pair has none); null when either artifact is unknown or has no snapshot yet.
    /// </summary>
    Task<DiffView?> GetDiffViewAsync(long baseId, long headId, CancellationToken cancellationToken);

    /// <summary>A page of a stored diff's changes, in the engine's order (validate the paging first).</summary>
    Task<PagedResult<DiffChangeRow>> GetDiffChangesAsync(long diffId, DiffChangeQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The unsuppressed breaking changes of a stored diff that explain many symbols at once
    /// (<see cref="DiffCauses"/>: a renamed version node, a SONAME change, any change grouping
    /// symbols), at most <see cref="DiffCauses.MaxListed"/>, in <see cref="DiffCauses.Order(IEnumerable{DiffChangeRow})"/>'s order.
    /// </summary>
    Task<IReadOnlyList<DiffChangeRow>> GetDiffCausesAsync(long diffId, CancellationToken cancellationToken);

    /// <summary>Per severity and kind, the changes of a stored diff whose names contain <paramref name="q"/> (null: all).</summary>
    Task<IReadOnlyList<DiffGroup>> GetDiffGroupsAsync(long diffId, string? q, CancellationToken cancellationToken);

    /// <summary>A page of the symbols of one grouped change of a stored diff (a renamed version node's tens of thousands).</summary>
    Task<PagedResult<AbiSymbol>> GetDiffSymbolsAsync(long diffId, int changeId, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>
    /// Exports of all ready artifacts whose raw or demangled name matches <paramref name="q"/>
    /// (case-insensitive): <paramref name="match"/> is <see cref="SymbolSearch.Prefix"/>,
    /// <see cref="SymbolSearch.Contains"/>, or <see cref="SymbolSearch.Auto"/> (prefix, then
    /// substring when no name starts with the query).
    /// </summary>
    Task<SymbolSearch> SearchSymbolsAsync(string q, string match, int page, int pageSize, CancellationToken cancellationToken);
}

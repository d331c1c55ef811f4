namespace AbiPortal.Client.Contracts;

/// <summary>
/// Filters, sort and page for an artifact's exports or imports. Filter words are the snapshot JSON's
/// (<c>kind=function</c>, <c>binding=weak</c>); <see cref="Validate"/> says what is wrong with a query.
/// </summary>
/// <param name="Q">Case-insensitive substring of the raw or the demangled name.</param>
/// <param name="Kind">Symbol kind (<c>function</c>, <c>object</c>, <c>tls</c>, <c>ifunc</c>, ...).</param>
/// <param name="Binding">Binding (<c>global</c>, <c>weak</c>, <c>unique</c>).</param>
/// <param name="Version">Exact ELF symbol version; the empty string selects unversioned symbols.</param>
/// <param name="Sort">One of <see cref="SortOrders"/>; prefix <c>-</c> for descending. Default <c>id</c> (file order).</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Rows per page.</param>
/// <param name="Library">Imports only: the library the symbol comes from.</param>
/// <param name="Member">Only this archive member or fat slice; the empty string selects the top level.</param>
public sealed record SymbolQuery(
    string? Q = null,
    string? Kind = null,
    string? Binding = null,
    string? Version = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Library = null,
    string? Member = null)
{
    /// <summary>Accepted <see cref="Sort"/> keys.</summary>
    public static IReadOnlyList<string> SortOrders { get; } = ["id", "name", "demangled", "version", "kind", "address", "size", "ordinal"];

    /// <summary>The sort key without its direction prefix.</summary>
    public string SortKey => string.IsNullOrEmpty(Sort) ? "id" : Sort.TrimStart('-').ToLowerInvariant();

    /// <summary>True when <see cref="Sort"/> starts with <c>-</c>.</summary>
    public bool SortDescending => Sort is not null && Sort.StartsWith('-');

    /// <summary>The problem with this query, or null when it is valid.</summary>
    public string? Validate()
    {
        if (Paging.Validate(Page, PageSize) is { } paging)
        {
            return paging;
        }

        if (!SortOrders.Contains(SortKey))
        {
            return $"sort must be one of {string.Join(", ", SortOrders)} (prefix '-' for descending).";
        }

        if (Kind is not null && !SymbolWords.IsKind(Kind))
        {
            return $"kind must be one of {string.Join(", ", SymbolWords.Kinds)}.";
        }

        if (Binding is not null && !SymbolWords.IsBinding(Binding))
        {
            return $"binding must be one of {string.Join(", ", SymbolWords.Bindings)}.";
        }

        return null;
    }
}

namespace AbiPortal.Client.Contracts;

/// <summary>
/// One page of a symbol search across uploads (<c>GET /api/symbols</c>): the fields of a
/// <see cref="PagedResult{T}"/> plus how the names were matched.
/// </summary>
/// <param name="Match">
/// <c>prefix</c> (the raw or demangled name starts with the query: the index answers it) or
/// <c>contains</c> (anywhere in the name: <c>Circle::area</c> finds <c>shapes::Circle::area() const</c>).
/// </param>
/// <param name="Total">Matching exports in all pages, counted up to <see cref="CountCap"/>.</param>
/// <param name="Items">This page's matches.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Matches per page.</param>
/// <param name="Capped">
/// True when more than <paramref name="Total"/> names match: a prefix search counts at most
/// <see cref="CountCap"/> matches, so that its cost follows the page asked for, not the store.
/// </param>
public sealed record SymbolSearch(string Match, int Total, IReadOnlyList<SymbolHit> Items, int Page, int PageSize, bool Capped = false)
{
    /// <summary>Matches a prefix search counts and pages through at most; a narrower query finds the rest.</summary>
    public const int CountCap = 10_000;

    /// <summary>The problem with a search page, or null: the paging rules, and no page past <see cref="CountCap"/> matches.</summary>
    public static string? ValidatePage(int page, int pageSize)
        => Paging.Validate(page, pageSize)
           ?? ((long)page * pageSize > CountCap && page > 1 ? $"Searches page through the first {CountCap:N0} matches; narrow the query to see more." : null);

    /// <summary>The name of a prefix search.</summary>
    public const string Prefix = "prefix";

    /// <summary>The name of a substring search.</summary>
    public const string Contains = "contains";

    /// <summary>The name of the default: prefix, and substring when no name starts with the query.</summary>
    public const string Auto = "auto";
}

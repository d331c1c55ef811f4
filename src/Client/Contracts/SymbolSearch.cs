namespace AbiPortal.Client.Contracts;

/// <summary>
/// One page of a symbol search across uploads (<c>GET /api/symbols</c>): the fields of a
/// <see cref="PagedResult{T}"/> plus how the names were matched.
/// </summary>
/// <param name="Match">
/// <c>prefix</c> (the raw or demangled name starts with the query: the index answers it) or
/// <c>contains</c> (anywhere in the name: <c>Circle::area</c> finds <c>shapes::Circle::area() const</c>).
/// </param>
/// <param name="Total">Matching exports in all pages.</param>
/// <param name="Items">This page's matches.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Matches per page.</param>
public sealed record SymbolSearch(string Match, int Total, IReadOnlyList<SymbolHit> Items, int Page, int PageSize)
{
    /// <summary>The name of a prefix search.</summary>
    public const string Prefix = "prefix";

    /// <summary>The name of a substring search.</summary>
    public const string Contains = "contains";

    /// <summary>The name of the default: prefix, and substring when no name starts with the query.</summary>
    public const string Auto = "auto";
}

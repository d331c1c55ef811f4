namespace AbiPortal.Client.Contracts;

/// <summary>One page of a longer list.</summary>
/// <param name="Total">Matching rows in all pages.</param>
/// <param name="Items">This page's rows.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record PagedResult<T>(int Total, IReadOnlyList<T> Items, int Page, int PageSize);

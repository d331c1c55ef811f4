using AbiPortal.Parsers.Diff;

namespace AbiPortal.Client.Contracts;

/// <summary>A page of a stored diff's changes: one severity and kind, or all; optionally only names containing a text.</summary>
/// <param name="Severity">Only this severity, or all.</param>
/// <param name="Kind">Only this kind, or all.</param>
/// <param name="Q">Case-insensitive substring of the raw or demangled name, the before or after value, or a grouped symbol.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Changes per page (1..<see cref="Paging.MaxPageSize"/>).</param>
public sealed record DiffChangeQuery(ChangeSeverity? Severity = null, ChangeKind? Kind = null, string? Q = null, int Page = 1, int PageSize = Paging.DefaultPageSize);

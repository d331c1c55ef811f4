using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Exports whose only versions are private version nodes (<c>GLIBC_PRIVATE</c>, any node named
/// <c>*_PRIVATE</c>): the library exports them for its own companions, built and shipped with it
/// (glibc's for libthread_db, the dynamic loader and the other libraries of one glibc build), and
/// no other caller may bind to them. A type change that reaches only such exports breaks no
/// outside caller, so it is information, with the tier it would have had in its rationale.
/// </summary>
internal sealed class PrivateExports
{
    private readonly HashSet<string> _private = new(StringComparer.Ordinal);

    private PrivateExports(Snapshot snapshot)
    {
        var publicNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in snapshot.Exports)
        {
            if (e.Name is null)
            {
                continue;
            }

            if (IsPrivateNode(e.Version))
            {
                _private.Add(e.Name);
            }
            else
            {
                publicNames.Add(e.Name);
            }
        }

        // A name also exported under a public version (or none) is public.
        _private.ExceptWith(publicNames);
    }

    /// <summary>The private exports of <paramref name="snapshot"/> (the old side: the contract callers were built against).</summary>
    public static PrivateExports Of(Snapshot snapshot) => new(snapshot);

    /// <summary>Whether a version node is private by its name.</summary>
    public static bool IsPrivateNode(string? version)
        => version is not null && version.EndsWith("_PRIVATE", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="symbol"/> is exported only under private version nodes.</summary>
    public bool IsPrivate(string symbol) => _private.Contains(symbol);

    /// <summary>
    /// Whether every export in <paramref name="symbols"/> is private and the list is whole
    /// (<paramref name="total"/> exports reach the change; a capped list proves nothing about the rest).
    /// </summary>
    public bool AllPrivate(IReadOnlyList<AbiSymbol> symbols, int total)
        => _private.Count > 0 && symbols.Count > 0 && symbols.Count == total && symbols.All(s => _private.Contains(s.Name));

    /// <summary>The tier and rationale of a difference that reaches only private exports (the enum runs from incompatible down to info).</summary>
    public static (ChangeSeverity Severity, string? Rationale) Lowered(ChangeSeverity severity, string? rationale)
    {
        if (severity >= ChangeSeverity.Info)
        {
            return (severity, rationale);
        }

        string was = EnumNames.Of(severity);
        string why = $"it reaches only exports of private version nodes (such as GLIBC_PRIVATE), which only the library's own companions, shipped with it, may use; for a public export it would be {was}";
        return (ChangeSeverity.Info, rationale is null ? why : $"{why}: {rationale}");
    }
}

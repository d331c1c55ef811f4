using AbiPortal.Parsers.Diff;

namespace AbiPortal.Client.Contracts;

/// <summary>
/// The changes that explain the most symbols at once: a file that is another format or machine,
/// a changed SONAME, a renamed or removed version node. A diff page leads with them, before the
/// individual symbols they explain (libLLVM 14 → 15: one renamed node LLVM_14 → LLVM_15 and one
/// SONAME change make every consumer fail to load, whatever the 973 removed exports say).
/// </summary>
public static class DiffCauses
{
    /// <summary>Cause kinds, most explaining first: what a page shows before any other group.</summary>
    public static IReadOnlyList<ChangeKind> Kinds { get; } =
    [
        ChangeKind.FormatChanged,
        ChangeKind.ArchChanged,
        ChangeKind.IdentityChanged,
        ChangeKind.IdentityRemoved,
        ChangeKind.VersionNodeRenamed,
        ChangeKind.VersionNodeRemoved,
    ];

    /// <summary>
    /// Symbols a grouped change of another kind must cover to count as a cause (a class that
    /// became polymorphic groups its three vtable and typeinfo symbols: one class, not a cause).
    /// </summary>
    public const int MinGroupedSymbols = 10;

    /// <summary>Causes listed at most in a diff's summary.</summary>
    public const int MaxListed = 12;

    /// <summary>
    /// Where a kind's group goes among the groups of one severity: the cause kinds in their order,
    /// then every other kind in the engine's order.
    /// </summary>
    public static int Rank(ChangeKind kind)
    {
        for (int i = 0; i < Kinds.Count; i++)
        {
            if (Kinds[i] == kind)
            {
                return i;
            }
        }

        return Kinds.Count + (int)kind;
    }

    /// <summary>Groups of one diff, most severe first and, within a severity, causes first.</summary>
    public static IEnumerable<DiffGroup> Order(IEnumerable<DiffGroup> groups)
        => groups.OrderBy(g => g.Severity).ThenBy(g => Rank(g.Kind));

    /// <summary>Causes in the order a page lists them: cause kinds first, then the change covering the most symbols.</summary>
    public static IEnumerable<DiffChangeRow> Order(IEnumerable<DiffChangeRow> causes)
        => causes.OrderBy(c => c.Change.Severity).ThenBy(c => Rank(c.Change.Kind) < Kinds.Count ? Rank(c.Change.Kind) : Kinds.Count)
            .ThenByDescending(c => c.SymbolCount).ThenBy(c => c.Id);
}

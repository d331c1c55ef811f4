using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// The per-file caps applied as each snapshot of the tree is finished: its rows and diagnostics
/// are taken from the file's <see cref="ParseBudget"/> (members took theirs when they were read,
/// so nesting cannot multiply the caps), and a partial file says so at the top.
/// </summary>
public static partial class SnapshotReader
{
    /// <summary>
    /// Takes the snapshot's own rows and diagnostics from the budget, dropping what does not fit.
    /// The top-level snapshot's own diagnostics (already capped by its reader) are kept whole:
    /// they describe the container, and a million noisy members must not crowd them out.
    /// </summary>
    private static Snapshot Account(Snapshot snapshot, ParseBudget budget, int depth)
    {
        // Dependencies and version nodes first: they are few and say what the file is; then exports, then imports.
        int dropped = 0;
        var dependencies = Keep(snapshot.Dependencies, budget, ref dropped);
        var versionNodes = Keep(snapshot.VersionNodes, budget, ref dropped);
        var exports = Keep(snapshot.Exports, budget, ref dropped);
        var imports = Keep(snapshot.Imports, budget, ref dropped);
        var diagnostics = snapshot.Diagnostics;
        if (dropped > 0)
        {
            diagnostics = [.. diagnostics, new Diagnostic(DiagnosticCodes.LimitExceeded, DiagnosticSeverity.Warning, null, $"The file has more than ParseLimits.MaxRows ({budget.Limits.MaxRows}) rows; {dropped} exports, imports, dependencies or version nodes here were dropped.")];
        }

        int granted = depth == 0 ? diagnostics.Count : budget.TakeDiagnostics(diagnostics.Count);
        if (granted < diagnostics.Count)
        {
            var kept = diagnostics.Take(granted);
            diagnostics = budget.TryReportDroppedDiagnostics()
                ? [.. kept, new Diagnostic(DiagnosticCodes.TooManyDiagnostics, DiagnosticSeverity.Warning, null, $"The file has more than ParseLimits.MaxDiagnostics ({budget.Limits.MaxDiagnostics}) diagnostics; the rest were dropped.")]
                : [.. kept];
        }

        if (dropped == 0 && granted == snapshot.Diagnostics.Count)
        {
            return snapshot;
        }

        return snapshot with { Dependencies = dependencies, VersionNodes = versionNodes, Exports = exports, Imports = imports, Diagnostics = diagnostics };
    }

    private static IReadOnlyList<T> Keep<T>(IReadOnlyList<T> rows, ParseBudget budget, ref int dropped)
    {
        int granted = budget.TakeRows(rows.Count);
        if (granted == rows.Count)
        {
            return rows;
        }

        dropped += rows.Count - granted;
        return rows.Take(granted).ToArray();
    }

    /// <summary>Ends the top-level diagnostics with GEN0009, naming the caps that stopped reading (it is never dropped).</summary>
    private static Snapshot MarkPartial(Snapshot snapshot, ParseBudget budget)
    {
        string caps = string.Join(", ", budget.Hits.Select(h => h == ParseBudget.WorkBudget ? h : "ParseLimits." + h));
        var partial = new Diagnostic(DiagnosticCodes.PartialSnapshot, DiagnosticSeverity.Warning, null, $"Partial snapshot: reading stopped at {caps}; the diagnostics before this one (here or in members) say where.");
        return snapshot with { Diagnostics = [.. snapshot.Diagnostics, partial] };
    }
}

using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// Fills the <c>demangled</c> fields of a snapshot and its members after parsing. Demangled
/// names come out of the file's work budget (a short mangled name can print as a long one) and
/// the pass checks the cancellation token as it goes.
/// </summary>
internal static class SnapshotDemangling
{
    /// <summary>Below this many names a loop; above, up to the allowed cores: demangling 44,000 C++ names is most of what a table of libLLVM costs.</summary>
    private const int ParallelThreshold = 4096;

    public static Snapshot Apply(Snapshot snapshot, ParseBudget budget, int maxDegreeOfParallelism)
    {
        var pass = new Pass(budget, maxDegreeOfParallelism);
        var result = pass.Apply(snapshot);
        return pass.Stopped ? result with { Diagnostics = [.. result.Diagnostics, pass.StopDiagnostic()] } : result;
    }

    /// <summary>One run over a snapshot tree; <see cref="Stopped"/> once the budget ran out (every later name is left as it is).</summary>
    private sealed class Pass(ParseBudget budget, int maxDegreeOfParallelism)
    {
        private volatile bool _stopped;

        public bool Stopped => _stopped;

        public Snapshot Apply(Snapshot snapshot)
        {
            var exports = new SnapshotExport[snapshot.Exports.Count];
            For(exports.Length, i =>
            {
                var e = snapshot.Exports[i];
                exports[i] = e.Demangled is null && e.Name is not null && Demangle(e.Name) is { } d ? e with { Demangled = d } : e;
            });

            var imports = new SnapshotImport[snapshot.Imports.Count];
            for (int i = 0; i < imports.Length; i++)
            {
                budget.Tick();
                var im = snapshot.Imports[i];
                imports[i] = im.Demangled is null && im.Name is not null && Demangle(im.Name) is { } d ? im with { Demangled = d } : im;
            }

            var members = snapshot.Members.Count == 0 ? snapshot.Members : snapshot.Members.Select(Apply).ToArray();
            return snapshot with { Exports = exports, Imports = imports, Members = members };
        }

        public Diagnostic StopDiagnostic()
            => new(DiagnosticCodes.LimitExceeded, DiagnosticSeverity.Warning, null, $"The work budget for this file ({budget.WorkTotal} bytes) ran out while demangling; the remaining names are not demangled.");

        private string? Demangle(string name)
        {
            if (_stopped)
            {
                return null;
            }

            string? demangled = Demangler.Demangle(name);
            if (demangled is not null && !budget.TryTakeString(demangled.Length))
            {
                _stopped = true;
                return null;
            }

            return demangled;
        }

        /// <summary>The demanglers are pure functions of the name, so names can be demangled in any order on any thread.</summary>
        private void For(int count, Action<int> body)
        {
            if (count < ParallelThreshold || maxDegreeOfParallelism == 1)
            {
                for (int i = 0; i < count; i++)
                {
                    budget.Tick();
                    body(i);
                }

                return;
            }

            // Parallel.For checks the token between iterations and throws OperationCanceledException itself.
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = budget.CancellationToken };
            Parallel.For(0, count, options, body);
        }
    }
}

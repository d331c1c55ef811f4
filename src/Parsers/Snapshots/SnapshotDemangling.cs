using AbiPortal.Parsers.Demangling;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>Fills the <c>demangled</c> fields of a snapshot and its members after parsing.</summary>
internal static class SnapshotDemangling
{
    public static Snapshot Apply(Snapshot snapshot)
    {
        var exports = new SnapshotExport[snapshot.Exports.Count];
        For(exports.Length, i =>
        {
            var e = snapshot.Exports[i];
            exports[i] = e.Demangled is null && e.Name is not null && Demangler.Demangle(e.Name) is { } d ? e with { Demangled = d } : e;
        });

        var imports = new SnapshotImport[snapshot.Imports.Count];
        for (int i = 0; i < imports.Length; i++)
        {
            var im = snapshot.Imports[i];
            imports[i] = im.Demangled is null && im.Name is not null && Demangler.Demangle(im.Name) is { } d ? im with { Demangled = d } : im;
        }

        var members = snapshot.Members.Count == 0 ? snapshot.Members : snapshot.Members.Select(Apply).ToArray();
        return snapshot with { Exports = exports, Imports = imports, Members = members };
    }

    /// <summary>Below this many names a loop; above, every core: demangling 44,000 C++ names is most of what a table of libLLVM costs.</summary>
    private const int ParallelThreshold = 4096;

    /// <summary>The demanglers are pure functions of the name, so names can be demangled in any order on any thread.</summary>
    private static void For(int count, Action<int> body)
    {
        if (count < ParallelThreshold)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, body);
    }
}

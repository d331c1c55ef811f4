using System.Globalization;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

public static partial class SnapshotDiffer
{
    /// <summary>
    /// The symbol join: exports are grouped by name (ELF may list one name under several
    /// versions), version renames are applied, and each name present on both sides is compared
    /// version by version. Names only on one side become candidates for removal or addition,
    /// which <see cref="PairRemovedAndAdded"/> first tries to explain as Rust rebuilds or C++
    /// signature changes.
    /// </summary>
    private static void CompareExports(Snapshot o, Snapshot n, ChangeCollector collector)
    {
        var oldGroups = new ExportGroups(o.Exports);
        var newGroups = new ExportGroups(n.Exports);

        // The join, one hash lookup per old name; everything after walks these pairs.
        var pairs = new List<(int Old, int New)>(oldGroups.Heads.Count);
        var removed = new List<SnapshotExport>();
        var newMatched = new bool[n.Exports.Count];
        foreach (int head in oldGroups.Heads)
        {
            if (newGroups.TryGetHead(o.Exports[head].Name!, out int newHead))
            {
                pairs.Add((head, newHead));
                newMatched[newHead] = true;
            }
            else
            {
                removed.AddRange(oldGroups.Group(head));
            }
        }

        var added = new List<SnapshotExport>();
        foreach (int head in newGroups.Heads)
        {
            if (!newMatched[head])
            {
                added.AddRange(newGroups.Group(head));
            }
        }

        var renames = DetectVersionRenames(o, n, oldGroups, newGroups, pairs, collector);
        var versioned = new List<SnapshotExport>();
        foreach (var (oldHead, newHead) in pairs)
        {
            // Fast path: one export per name on both sides, same version (after renames).
            if (oldGroups.IsSingle(oldHead) && newGroups.IsSingle(newHead) && MapVersion(o.Exports[oldHead].Version, renames) == n.Exports[newHead].Version)
            {
                CompareAttributes(o.Exports[oldHead], n.Exports[newHead], collector);
            }
            else
            {
                CompareVersions(oldGroups.Group(oldHead), newGroups.Group(newHead), renames, versioned, collector);
            }
        }

        ReportVersioned(versioned, collector);
        PairRemovedAndAdded(removed, added, o.Exports, collector);
        CompareOrdinalOnly(o, n, collector);
    }

    /// <summary>Kind, binding, visibility, data size, PE ordinal and forwarder of one export kept on both sides.</summary>
    private static void CompareAttributes(SnapshotExport o, SnapshotExport n, ChangeCollector collector)
    {
        // Mach-O and COFF often cannot say what a symbol is (None): no evidence of a change.
        if (o.Kind != n.Kind && o.Kind != SymbolKind.None && n.Kind != SymbolKind.None)
        {
            collector.Symbol(ChangeKind.KindChanged, KindChangeSeverity(o.Kind, n.Kind), n, EnumNames.Of(o.Kind), EnumNames.Of(n.Kind));
        }

        if (o.Binding is { } ob && n.Binding is { } nb && ob != nb)
        {
            // The dynamic loader resolves global and weak definitions alike (gABI, "Symbol Table":
            // STB_WEAK only matters to the static linker). STB_GNU_UNIQUE is another matter: ld.so
            // binds every reference in the process to one definition and never unloads the library
            // (dlclose keeps it), so gaining or losing it changes which copy other libraries share.
            var severity = ob == SymbolBinding.Unique || nb == SymbolBinding.Unique ? ChangeSeverity.Risk : ChangeSeverity.Compatible;
            collector.Symbol(ChangeKind.BindingChanged, severity, n, EnumNames.Of(ob), EnumNames.Of(nb));
        }

        if (o.Visibility is { } ov && n.Visibility is { } nv && ov != nv)
        {
            // Protected data cannot be the target of an executable's copy relocation.
            var severity = nv == SymbolVisibility.Protected && IsData(n.Kind) ? ChangeSeverity.Incompatible : ChangeSeverity.Compatible;
            collector.Symbol(ChangeKind.VisibilityChanged, severity, n, EnumNames.Of(ov), EnumNames.Of(nv));
        }

        if (IsData(o.Kind) && IsData(n.Kind) && o.Size is { } os && n.Size is { } ns && os != ns)
        {
            if (n.Name is { } name && CppClassSymbols.TrySplitSpecial(name, out string prefix, out _) && prefix == "_ZTV")
            {
                // Virtual functions added or removed: slot indexes compiled into callers and
                // derived classes no longer match (Itanium C++ ABI 2.5, "Virtual Table Layout").
                collector.Add(new AbiChange
                {
                    Kind = ChangeKind.VtableSizeChanged,
                    Severity = ChangeSeverity.Incompatible,
                    Symbol = name,
                    Demangled = collector.DemangledOf(n),
                    Version = n.Version,
                    Before = os.ToString(CultureInfo.InvariantCulture),
                    After = ns.ToString(CultureInfo.InvariantCulture),
                    Detail = SlotText(os, ns, collector.PointerSize),
                });
            }
            else
            {
                // An executable that uses the object holds a copy of the old size (R_*_COPY), so the
                // library's code and the program disagree about the object's extent.
                collector.Symbol(ChangeKind.SizeChanged, ChangeSeverity.Incompatible, n, os.ToString(CultureInfo.InvariantCulture), ns.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (o.Ordinal is { } oo && n.Ordinal is { } no && oo != no)
        {
            collector.Symbol(ChangeKind.OrdinalChanged, ChangeSeverity.Incompatible, n, oo.ToString(CultureInfo.InvariantCulture), no.ToString(CultureInfo.InvariantCulture));
        }

        CompareForwarders(o, n, collector);
    }

    private static void CompareForwarders(SnapshotExport o, SnapshotExport n, ChangeCollector collector)
    {
        string? before = ForwardTarget(o);
        string? after = ForwardTarget(n);
        if (before == after)
        {
            return;
        }

        var kind = before is null ? ChangeKind.ForwarderAdded : after is null ? ChangeKind.ForwarderRemoved : ChangeKind.ForwarderChanged;
        collector.Symbol(kind, ChangeSeverity.Compatible, n, before, after);
    }

    /// <summary>Where the symbol really lives: a PE forwarder (<c>OTHER.Func</c>), or a Mach-O re-export (<c>/usr/lib/libSub.dylib:_func</c>).</summary>
    private static string? ForwardTarget(SnapshotExport e)
        => e.Forwarder ?? (e.Library is not null && e.Flags.Contains(ExportFlags.Reexport) ? e.Library + ":" + (e.ImportedName ?? e.Name) : null);

    /// <summary><c>2 slots added</c>: the size difference in pointers (one slot each).</summary>
    private static string? SlotText(ulong before, ulong after, int pointerSize)
    {
        ulong delta = after > before ? after - before : before - after;
        if (pointerSize <= 0 || delta % (ulong)pointerSize != 0)
        {
            return null;
        }

        ulong slots = delta / (ulong)pointerSize;
        return $"{slots.ToString(CultureInfo.InvariantCulture)} {(slots == 1 ? "slot" : "slots")} {(after > before ? "added" : "removed")}";
    }

    private static bool IsData(SymbolKind kind) => kind is SymbolKind.Object or SymbolKind.Tls or SymbolKind.Common;

    /// <summary>
    /// Function and IFunc are both called (an IFunc's resolver picks the implementation at load
    /// time): a compatible change. Object and common are both data. Anything else across the
    /// code/data/TLS line breaks callers.
    /// </summary>
    private static ChangeSeverity KindChangeSeverity(SymbolKind a, SymbolKind b)
        => a is SymbolKind.Function or SymbolKind.IFunc && b is SymbolKind.Function or SymbolKind.IFunc ? ChangeSeverity.Compatible
            : a is SymbolKind.Object or SymbolKind.Common && b is SymbolKind.Object or SymbolKind.Common ? ChangeSeverity.Info
            : ChangeSeverity.Incompatible;

    /// <summary>PE exports with no name, matched by ordinal.</summary>
    private static void CompareOrdinalOnly(Snapshot o, Snapshot n, ChangeCollector collector)
    {
        var newByOrdinal = new Dictionary<uint, SnapshotExport>();
        foreach (var e in n.Exports)
        {
            if (e.Name is null && e.Ordinal is { } ordinal)
            {
                newByOrdinal.TryAdd(ordinal, e);
            }
        }

        var oldOrdinals = new HashSet<uint>();
        foreach (var e in o.Exports)
        {
            if (e.Name is not null || e.Ordinal is not { } ordinal || !oldOrdinals.Add(ordinal))
            {
                continue;
            }

            if (newByOrdinal.TryGetValue(ordinal, out var ne))
            {
                CompareForwarders(e, ne, collector);
            }
            else
            {
                collector.Symbol(ChangeKind.OrdinalExportRemoved, ChangeSeverity.Incompatible, e);
            }
        }

        foreach (var (ordinal, e) in newByOrdinal)
        {
            if (!oldOrdinals.Contains(ordinal))
            {
                collector.Symbol(ChangeKind.ExportAdded, ChangeSeverity.Compatible, e);
            }
        }
    }
}

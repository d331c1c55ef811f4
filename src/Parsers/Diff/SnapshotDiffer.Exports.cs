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
        foreach (var (oldHead, newHead) in pairs)
        {
            // Fast path: one export per name on both sides, same version (after renames).
            if (oldGroups.IsSingle(oldHead) && newGroups.IsSingle(newHead) && MapVersion(o.Exports[oldHead].Version, renames) == n.Exports[newHead].Version)
            {
                CompareAttributes(o.Exports[oldHead], n.Exports[newHead], collector);
            }
            else
            {
                CompareVersions(oldGroups.Group(oldHead), newGroups.Group(newHead), renames, collector);
            }
        }

        PairRemovedAndAdded(removed, added, collector);
        CompareOrdinalOnly(o, n, collector);
    }

    private static string? MapVersion(string? version, Dictionary<string, string> renames)
        => version is not null && renames.Count > 0 && renames.TryGetValue(version, out string? to) ? to : version;

    /// <summary>One name on both sides: match versions (through renames), then compare each matched pair.</summary>
    private static void CompareVersions(List<SnapshotExport> oldList, List<SnapshotExport> newList, Dictionary<string, string> renames, ChangeCollector collector)
    {
        var matched = new bool[newList.Count];
        var oldDefault = oldList.Find(IsDefault);
        var newDefault = newList.Find(IsDefault);
        bool oldDefaultRemoved = false;
        foreach (var e in oldList)
        {
            string? mapped = MapVersion(e.Version, renames);
            int j = newList.FindIndex(ne => ne.Version == mapped);
            if (j >= 0)
            {
                matched[j] = true;
                CompareAttributes(e, newList[j], collector);
                continue;
            }

            // foo@V1 gone while foo stays: binaries bound to foo@V1 fail with "version not found".
            oldDefaultRemoved |= ReferenceEquals(e, oldDefault);
            collector.Symbol(ChangeKind.VersionRemoved, ChangeSeverity.Incompatible, e, before: VersionText(e), after: newDefault is null ? null : VersionText(newDefault));
        }

        for (int j = 0; j < newList.Count; j++)
        {
            var ne = newList[j];
            if (matched[j])
            {
                continue;
            }

            if (ReferenceEquals(ne, newDefault))
            {
                // When the old default was removed, its version-removed change already says where it went.
                if (!oldDefaultRemoved && oldDefault is not null)
                {
                    collector.Symbol(ChangeKind.DefaultVersionMoved, ChangeSeverity.Compatible, ne, before: VersionText(oldDefault), after: VersionText(ne));
                }

                continue;
            }

            collector.Symbol(ChangeKind.VersionAdded, ChangeSeverity.Compatible, ne, after: VersionText(ne));
        }

        // Both defaults kept but the @@ moved from one kept version to another.
        if (oldDefault is not null && newDefault is not null && !oldDefaultRemoved && matched[newList.IndexOf(newDefault)])
        {
            if (MapVersion(oldDefault.Version, renames) != newDefault.Version)
            {
                collector.Symbol(ChangeKind.DefaultVersionMoved, ChangeSeverity.Compatible, newDefault, before: VersionText(oldDefault), after: VersionText(newDefault));
            }
        }
    }

    /// <summary>The version a plain reference binds to: the @@ one, or the unversioned definition.</summary>
    private static bool IsDefault(SnapshotExport e) => e.DefaultVersion != false;

    private static string VersionText(SnapshotExport e)
        => e.Version is null ? "(unversioned)" : (e.DefaultVersion == false ? "@" : "@@") + e.Version;

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
            // The dynamic loader resolves global, weak and unique definitions alike (gABI, "Symbol
            // Table": STB_WEAK only matters to the static linker).
            collector.Symbol(ChangeKind.BindingChanged, ChangeSeverity.Compatible, n, EnumNames.Of(ob), EnumNames.Of(nb));
        }

        if (o.Visibility is { } ov && n.Visibility is { } nv && ov != nv)
        {
            // Protected data cannot be the target of an executable's copy relocation.
            var severity = nv == SymbolVisibility.Protected && IsData(n.Kind) ? ChangeSeverity.Incompatible : ChangeSeverity.Compatible;
            collector.Symbol(ChangeKind.VisibilityChanged, severity, n, EnumNames.Of(ov), EnumNames.Of(nv));
        }

        if (IsData(o.Kind) && IsData(n.Kind) && o.Size is { } os && n.Size is { } ns && os != ns)
        {
            // An executable that uses the object holds a copy of the old size (R_*_COPY), so the
            // library's code and the program disagree about the object's extent.
            collector.Symbol(ChangeKind.SizeChanged, ChangeSeverity.Incompatible, n, os.ToString(CultureInfo.InvariantCulture), ns.ToString(CultureInfo.InvariantCulture));
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

    private static bool IsData(SymbolKind kind) => kind is SymbolKind.Object or SymbolKind.Tls or SymbolKind.Common;

    /// <summary>Function and IFunc are both called; anything else across the code/data/TLS line breaks callers.</summary>
    private static ChangeSeverity KindChangeSeverity(SymbolKind a, SymbolKind b)
        => a is SymbolKind.Function or SymbolKind.IFunc && b is SymbolKind.Function or SymbolKind.IFunc ? ChangeSeverity.Info
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

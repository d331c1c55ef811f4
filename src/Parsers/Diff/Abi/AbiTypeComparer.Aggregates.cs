using System.Globalization;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>Structs, classes and unions: definition, size, alignment, passing, members, bases and vtable.</summary>
internal sealed partial class AbiTypeComparer
{
    private void CompareAggregate(int node, AbiType o, AbiType n, List<TypeDifference> differences)
    {
        if (DefinitionChanged(o, n, differences) || o.Declaration)
        {
            return;
        }

        var fields = FieldPairing.Match(o.Fields, n.Fields, _shapes);
        bool kept = fields.Removed.Count == 0 && fields.Renamed.Count == 0 && o.Alignment == n.Alignment
            && fields.Pairs.All(p => SamePlace(p.Old, p.New) && _shapes.Compare(p.Old.Type, p.New.Type, false) is TypeMatch.Same or TypeMatch.Spelling)
            && SameBases(o, n) && SameVtable(o, n);
        var grow = LayoutTier(node, o, kept);
        var move = LayoutTier(node, o, oldMembersKept: false);
        bool sizeChanged = o.Size is { } os && n.Size is { } ns && os != ns;
        if (sizeChanged)
        {
            differences.Add(new TypeDifference(ChangeKind.TypeSizeChanged, grow.Tier, null, Bytes(o.Size!.Value), Bytes(n.Size!.Value), grow.Why));
        }

        if (o.Alignment is { } oa && n.Alignment is { } na && oa != na)
        {
            differences.Add(new TypeDifference(ChangeKind.TypeAlignmentChanged, move.Tier, null, Bytes(oa), Bytes(na), move.Why));
        }

        if (o.PassedBy is { } op && n.PassedBy is { } np && op != np)
        {
            var passing = graph.Exposure(node) == Exposure.ByValue
                ? (ChangeSeverity.Incompatible, $"{o.Name} is passed by value somewhere: callers and the library now disagree on whether it travels in registers or through a hidden pointer")
                : (ChangeSeverity.Compatible, $"{o.Name} is only passed through pointers, where the convention does not apply");
            differences.Add(new TypeDifference(ChangeKind.TypePassingChanged, passing.Item1, null, "by " + op, "by " + np, passing.Item2));
        }

        CompareFields(node, o, fields, sizeChanged || !kept, grow, move, differences);
        CompareBases(o, n, move, differences);
        CompareVtable(node, o, n, differences);
    }

    /// <summary>Defined on one side, only declared on the other: reported, and nothing else is comparable.</summary>
    private static bool DefinitionChanged(AbiType o, AbiType n, List<TypeDifference> differences)
    {
        if (!o.Declaration && n.Declaration)
        {
            differences.Add(new TypeDifference(ChangeKind.TypeBecameOpaque, ChangeSeverity.ApiBreak, null, "defined", "declared only", $"sources can no longer allocate {o.Name} or reach its members; its new layout is not in the debug info, so it was not compared"));
            return true;
        }

        if (o.Declaration && !n.Declaration)
        {
            differences.Add(new TypeDifference(ChangeKind.TypeBecameDefined, ChangeSeverity.Compatible, null, "declared only", "defined", $"old callers only held pointers to {o.Name}; new sources may also use its members"));
            return true;
        }

        return false;
    }

    private void CompareFields(int node, AbiType o, FieldPairing fields, bool layoutChanged, (ChangeSeverity Tier, string Why) grow, (ChangeSeverity Tier, string Why) move, List<TypeDifference> differences)
    {
        foreach (var (of, nf) in fields.Renamed)
        {
            var (tier, why) = UnlessPrivate(node, o, ChangeSeverity.ApiBreak, "same place and type: binaries agree, sources that name the member no longer compile");
            differences.Add(new TypeDifference(ChangeKind.FieldRenamed, tier, of.Name, of.Name, nf.Name, why));
        }

        foreach (var f in fields.Removed)
        {
            differences.Add(new TypeDifference(ChangeKind.FieldRemoved, move.Tier, FieldName(f), Place(f), null, move.Why));
        }

        foreach (var f in fields.Added)
        {
            // A member that fits in old padding (or a union member no larger than the rest) changes nothing callers see.
            (ChangeSeverity Tier, string Why) added = layoutChanged ? grow : (ChangeSeverity.Compatible, "the size and every old member's place are unchanged");
            differences.Add(new TypeDifference(ChangeKind.FieldAdded, added.Tier, FieldName(f), null, Place(f), added.Why));
        }

        foreach (var (of, nf) in fields.Pairs)
        {
            if (!SamePlace(of, nf))
            {
                bool bits = of.BitSize is not null || nf.BitSize is not null;
                differences.Add(new TypeDifference(bits ? ChangeKind.BitFieldChanged : ChangeKind.FieldMoved, move.Tier, FieldName(of), Place(of), Place(nf), move.Why));
            }

            var match = _shapes.Compare(of.Type, nf.Type, ignoreTopQualifiers: false);
            if (match != TypeMatch.Same)
            {
                var (tier, why) = match switch
                {
                    TypeMatch.Spelling => (ChangeSeverity.Info, "the same type under another spelling"),
                    TypeMatch.Different => move,
                    _ => UnlessPrivate(node, o, ChangeSeverity.ApiBreak, QualifierOrRenameReason(match)),
                };
                differences.Add(new TypeDifference(ChangeKind.FieldTypeChanged, tier, FieldName(of), oldIndex.NameOf(of.Type), newIndex.NameOf(nf.Type), why));
            }
        }
    }

    private void CompareBases(AbiType o, AbiType n, (ChangeSeverity Tier, string Why) move, List<TypeDifference> differences)
    {
        var newBases = n.Bases.ToDictionary(b => TypeShapes.BareName(newIndex.NameOf(b.Type)), b => b, StringComparer.Ordinal);
        var oldNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in o.Bases)
        {
            string name = TypeShapes.BareName(oldIndex.NameOf(b.Type));
            oldNames.Add(name);
            if (!newBases.TryGetValue(name, out var nb))
            {
                differences.Add(new TypeDifference(ChangeKind.BaseRemoved, move.Tier, name, BasePlace(b), null, move.Why));
            }
            else if (nb.Offset != b.Offset || nb.Virtual != b.Virtual)
            {
                differences.Add(new TypeDifference(ChangeKind.BaseMoved, move.Tier, name, BasePlace(b), BasePlace(nb), move.Why));
            }
        }

        foreach (var (name, nb) in newBases)
        {
            if (!oldNames.Contains(name))
            {
                differences.Add(new TypeDifference(ChangeKind.BaseAdded, move.Tier, name, null, BasePlace(nb), move.Why));
            }
        }
    }

    private void CompareVtable(int node, AbiType o, AbiType n, List<TypeDifference> differences)
    {
        var newMethods = new Dictionary<string, AbiVirtualMethod>(StringComparer.Ordinal);
        foreach (var m in n.VirtualMethods)
        {
            newMethods.TryAdd(m.Symbol ?? m.Name, m);
        }

        var (broken, brokenWhy) = UnlessPrivate(node, o, ChangeSeverity.Incompatible, "callers compiled against the old version call virtual methods through the old vtable slots");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long lastOldSlot = o.VirtualMethods.Count == 0 ? -1 : o.VirtualMethods.Max(m => m.VtableIndex);
        foreach (var m in o.VirtualMethods)
        {
            string key = m.Symbol ?? m.Name;
            seen.Add(key);
            if (!newMethods.TryGetValue(key, out var nm))
            {
                differences.Add(new TypeDifference(ChangeKind.VirtualMethodRemoved, broken, m.Name, Slot(m.VtableIndex), null, brokenWhy));
            }
            else if (nm.VtableIndex != m.VtableIndex)
            {
                differences.Add(new TypeDifference(ChangeKind.VirtualMethodMoved, broken, m.Name, Slot(m.VtableIndex), Slot(nm.VtableIndex), brokenWhy));
            }
        }

        foreach (var m in n.VirtualMethods)
        {
            if (!seen.Contains(m.Symbol ?? m.Name))
            {
                // Old callers that only call keep working; those that derived a class from the
                // old version built its vtable one slot short, and the library may call the new
                // method on their objects (KDE's binary compatibility rules forbid it for that).
                var (tier, why) = UnlessPrivate(node, o, ChangeSeverity.Incompatible, m.VtableIndex > lastOldSlot
                    ? "a new slot after the old ones: callers that only call keep working, but classes they derived from the old version have vtables without it, and the library may call it on their objects"
                    : "a new slot among the old ones (the slots it displaced are reported as moved); classes callers derived from the old version lack it");
                differences.Add(new TypeDifference(ChangeKind.VirtualMethodAdded, tier, m.Name, null, Slot(m.VtableIndex), why));
            }
        }
    }

    private bool SameBases(AbiType o, AbiType n)
        => o.Bases.Count == n.Bases.Count && o.Bases.Zip(n.Bases).All(p => p.First.Offset == p.Second.Offset && p.First.Virtual == p.Second.Virtual
            && TypeShapes.BareName(oldIndex.NameOf(p.First.Type)) == TypeShapes.BareName(newIndex.NameOf(p.Second.Type)));

    private static bool SameVtable(AbiType o, AbiType n)
        => o.VirtualMethods.All(m => n.VirtualMethods.Any(nm => (nm.Symbol ?? nm.Name) == (m.Symbol ?? m.Name) && nm.VtableIndex == m.VtableIndex));

    private static bool SamePlace(AbiField o, AbiField n) => o.Offset == n.Offset && o.BitOffset == n.BitOffset && o.BitSize == n.BitSize;

    private static string FieldName(AbiField f) => f.Name ?? "(anonymous)";

    private static string Place(AbiField f) => f.BitSize is { } bits
        ? string.Create(CultureInfo.InvariantCulture, $"bit offset {f.BitOffset ?? f.Offset * 8}, {bits} bits")
        : string.Create(CultureInfo.InvariantCulture, $"offset {f.Offset}");

    private static string BasePlace(AbiBase b) => b.Offset is { } offset ? string.Create(CultureInfo.InvariantCulture, $"offset {offset}") : "virtual";

    private static string Slot(long index) => string.Create(CultureInfo.InvariantCulture, $"slot {index}");
}

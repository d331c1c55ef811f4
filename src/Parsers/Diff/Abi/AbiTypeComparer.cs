using System.Globalization;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Compares each type the old surface's compared exports reach with the new surface's type of
/// the same identity, and gives every difference its tier from how callers can use the type
/// (docs/diff.md, "Type changes"): by value, through pointers to instances the library hands
/// out, or not at all because it is defined in a source file.
/// </summary>
/// <param name="graph">The old surface as a graph, for how callers reach each type.</param>
/// <param name="oldIndex">The old surface's types.</param>
/// <param name="newIndex">The new surface's types.</param>
/// <param name="handedOut">Aggregates the library hands out, with the symbol of an export that does.</param>
/// <param name="displayName">The name to show for a symbol (demangled on demand).</param>
internal sealed partial class AbiTypeComparer(AbiGraph graph, AbiTypeIndex oldIndex, AbiTypeIndex newIndex, IReadOnlyDictionary<string, string> handedOut, Func<string, string> displayName)
{
    private readonly TypeShapes _shapes = new(oldIndex, newIndex);

    /// <summary>The differences between the old type at <paramref name="node"/> and <paramref name="n"/>, the new type of the same identity (<see cref="ChangedTypes"/>).</summary>
    public List<TypeDifference> Compare(int node, AbiType n)
    {
        var o = graph.Type(node);
        var differences = new List<TypeDifference>();
        switch (o.Kind)
        {
            case AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union:
                CompareAggregate(node, o, n, differences);
                break;
            case AbiTypeKind.Enum:
                CompareEnum(node, o, n, differences);
                break;
            case AbiTypeKind.Typedef:
                CompareTypedef(o, n, differences);
                break;
            case AbiTypeKind.Base when o.Size is { } before && n.Size is { } after && before != after:
                differences.Add(new TypeDifference(ChangeKind.TypeSizeChanged, ChangeSeverity.Incompatible, null, Bytes(before), Bytes(after), $"the size of {o.Name} is compiled into every use of it"));
                break;
        }

        return differences;
    }

    private void CompareTypedef(AbiType o, AbiType n, List<TypeDifference> differences)
    {
        var match = _shapes.Compare(o.Target, n.Target, ignoreTopQualifiers: false);
        if (match == TypeMatch.Same)
        {
            return;
        }

        var (tier, why) = match switch
        {
            TypeMatch.Spelling => (ChangeSeverity.Info, "it names the same type under another spelling"),
            TypeMatch.Different => (ChangeSeverity.Incompatible, $"every use of {o.Name} now has another type"),
            _ => (ChangeSeverity.ApiBreak, QualifierOrRenameReason(match)),
        };
        differences.Add(new TypeDifference(ChangeKind.TypedefChanged, tier, null, oldIndex.NameOf(o.Target), newIndex.NameOf(n.Target), why));
    }

    /// <summary>
    /// The tier of a layout change (size, alignment, members moved): incompatible when callers can
    /// hold the object or reach its members; a risk when they only hold pointers to instances
    /// the library hands out and old members keep their places; compatible when the type is
    /// defined in a source file, out of callers' sight.
    /// </summary>
    private (ChangeSeverity Tier, string Why) LayoutTier(int node, AbiType o, bool oldMembersKept)
    {
        if (graph.Exposure(node) == Exposure.ByValue)
        {
            return (ChangeSeverity.Incompatible, $"callers hold {o.Name} itself (by value, in an array or inside another type), so its layout is compiled into them");
        }

        if (IsPrivate(o))
        {
            return (ChangeSeverity.Compatible, $"{o.Name} is defined in {o.DeclFile}, a source file, and reached only through pointers: callers cannot see its layout");
        }

        if (handedOut.TryGetValue(o.Id, out string? symbol))
        {
            string by = displayName(symbol);
            return oldMembersKept
                ? (ChangeSeverity.Risk, $"reached only through pointers, and {by} hands out instances: callers that never allocate, copy or embed {o.Name} themselves keep working, as every old member keeps its place")
                : (ChangeSeverity.Incompatible, $"callers reach the members of {o.Name} through pointers, at the old offsets");
        }

        return (ChangeSeverity.Incompatible, $"callers may allocate {o.Name} themselves (a variable whose address they pass): no export hands out a pointer to one");
    }

    /// <summary>A change callers cannot observe when the type is private to the library, else <paramref name="tier"/>.</summary>
    private (ChangeSeverity Tier, string Why) UnlessPrivate(int node, AbiType o, ChangeSeverity tier, string why)
        => graph.Exposure(node) != Exposure.ByValue && IsPrivate(o)
            ? (tier == ChangeSeverity.Incompatible ? ChangeSeverity.Compatible : ChangeSeverity.Info, $"{o.Name} is defined in {o.DeclFile}, a source file, and reached only through pointers: callers cannot see inside it")
            : (tier, why);

    /// <summary>Defined in a source file, not a header: no caller's compiler has seen its definition.</summary>
    private static bool IsPrivate(AbiType type)
    {
        string? extension = Path.GetExtension(type.DeclFile);
        return extension is not null && SourceExtensions.Contains(extension);
    }

    private static readonly HashSet<string> SourceExtensions = new(StringComparer.OrdinalIgnoreCase) { ".c", ".cc", ".cpp", ".cxx", ".c++", ".cp", ".m", ".mm", ".cu" };

    internal static string QualifierOrRenameReason(TypeMatch match) => match switch
    {
        TypeMatch.Renamed => "the same layout under another name: binaries agree, sources must use the new name",
        TypeMatch.QualifiersRemoved => "qualifiers removed: binaries agree, sources that relied on them may no longer compile",
        _ => "qualifiers changed: binaries agree, sources may no longer compile",
    };

    private static string Bytes(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}

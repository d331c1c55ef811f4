using System.Globalization;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>Enums: definition, size and enumerators (matched by name, then a value under a new name is a rename).</summary>
internal sealed partial class AbiTypeComparer
{
    /// <summary>Name endings of enumerators that count or bound the others rather than stand for a value.</summary>
    private static readonly string[] SentinelWords = ["COUNT", "MAX", "LAST", "END", "NUM", "SIZE", "LIMIT", "TOTAL", "SENTINEL"];

    private void CompareEnum(int node, AbiType o, AbiType n, List<TypeDifference> differences)
    {
        if (DefinitionChanged(o, n, differences) || o.Declaration)
        {
            return;
        }

        if (o.Size is { } os && n.Size is { } ns && os != ns)
        {
            var (tier, why) = UnlessPrivate(node, o, ChangeSeverity.Incompatible, $"values of {o.Name} are stored and passed by callers at the old size");
            differences.Add(new TypeDifference(ChangeKind.EnumSizeChanged, tier, null, Bytes(os), Bytes(ns), why));
        }

        var newByName = new Dictionary<string, AbiEnumerator>(StringComparer.Ordinal);
        foreach (var e in n.Enumerators)
        {
            newByName.TryAdd(e.Name, e);
        }

        var oldNames = new HashSet<string>(o.Enumerators.Select(e => e.Name), StringComparer.Ordinal);
        var oldValues = new HashSet<long>(o.Enumerators.Select(e => e.Value));
        var gone = new List<AbiEnumerator>();
        foreach (var e in o.Enumerators)
        {
            if (!newByName.TryGetValue(e.Name, out var ne))
            {
                gone.Add(e);
            }
            else if (ne.Value != e.Value)
            {
                var (tier, why) = IsSentinel(e, o, ne, n)
                    ? (ChangeSeverity.Risk, $"{e.Name} looks like a count or bound (the largest value, before and after): only code that sizes arrays or loops by it is affected")
                    : (ChangeSeverity.Incompatible, "binaries built against the old version pass and compare the old value");
                (tier, why) = UnlessPrivate(node, o, tier, why);
                differences.Add(new TypeDifference(ChangeKind.EnumeratorValueChanged, tier, e.Name, Value(e.Value), Value(ne.Value), why));
            }
        }

        var fresh = n.Enumerators.Where(e => !oldNames.Contains(e.Name)).ToList();
        foreach (var e in gone)
        {
            int rename = fresh.FindIndex(f => f.Value == e.Value);
            if (rename >= 0)
            {
                var (tier, why) = UnlessPrivate(node, o, ChangeSeverity.ApiBreak, "the same value under a new name: binaries agree, sources that use the old name no longer compile");
                differences.Add(new TypeDifference(ChangeKind.EnumeratorRenamed, tier, e.Name, e.Name, fresh[rename].Name, why));
                fresh.RemoveAt(rename);
            }
            else
            {
                var (tier, why) = UnlessPrivate(node, o, ChangeSeverity.Incompatible, "binaries built against the old version can still pass or expect its value");
                differences.Add(new TypeDifference(ChangeKind.EnumeratorRemoved, tier, e.Name, Value(e.Value), null, why));
            }
        }

        foreach (var e in fresh)
        {
            string why = oldValues.Contains(e.Value)
                ? "another name for a value the enum already had"
                : "a new value; every old enumerator keeps its value (code that switches over values the library returns may meet one it does not know)";
            differences.Add(new TypeDifference(ChangeKind.EnumeratorAdded, ChangeSeverity.Compatible, e.Name, null, Value(e.Value), why));
        }
    }

    /// <summary>A count or end marker: named so, and the largest value of the enum both before and after.</summary>
    private static bool IsSentinel(AbiEnumerator old, AbiType o, AbiEnumerator now, AbiType n)
    {
        if (old.Value != o.Enumerators.Max(e => e.Value) || now.Value != n.Enumerators.Max(e => e.Value))
        {
            return false;
        }

        foreach (string word in SentinelWords)
        {
            string name = old.Name;
            if (name.Length >= word.Length && name.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                int before = name.Length - word.Length - 1;
                // The whole name, after an underscore (COLOR_COUNT), or a CamelCase word (ColorCount).
                if (before < 0 || name[before] == '_' || (char.IsLower(name[before]) && char.IsUpper(name[before + 1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Value(long value) => value.ToString(CultureInfo.InvariantCulture);
}

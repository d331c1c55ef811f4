using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>Which exports a definition describes: by linkage name (or C name), else by address.</summary>
internal sealed partial class AbiSurfaceBuilder
{
    private readonly IReadOnlyList<SnapshotExport> _exports;
    private readonly ExportMatching _matching;
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<int>> _byAddress = [];
    private bool[] _taken = [];

    private void IndexExports()
    {
        _taken = new bool[_exports.Count];
        for (int i = 0; i < _exports.Count; i++)
        {
            var e = _exports[i];
            if (e.Name is not { Length: > 0 } name || e.Forwarder is not null || e.Library is not null)
            {
                continue;
            }

            // Mach-O (and 32-bit Windows C) names carry the underscore that DWARF names lack.
            string key = _matching.LeadingUnderscore && name.StartsWith('_') ? name[1..] : name;
            Add(_byName, key, i);
            if (!_matching.Relocatable && e.Address is { } address && e.Kind != SymbolKind.IFunc)
            {
                Add(_byAddress, _matching.ThumbBit && e.Kind == SymbolKind.Function ? address & ~1UL : address, i);
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int index)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(index);
    }

    /// <summary>
    /// The exports a definition describes. By name: the linkage name, or for C the name (only when
    /// external, so a static function never stands for an export of the same name); where the
    /// binary has real addresses, the export's address must also be the definition's, which tells
    /// apart copies of inline functions the linker discarded and picks the right ELF version. By
    /// address alone: versioned aliases (<c>foo@V1</c> defined as <c>foo_v1</c>).
    /// </summary>
    private List<int> Match(string? key, bool external, bool hasLinkageName, ulong? address, bool function)
    {
        var result = new List<int>();
        if (key is not null && (hasLinkageName || external) && _byName.TryGetValue(key, out var named))
        {
            foreach (int i in named)
            {
                if (!_taken[i] && KindFits(i, function) && (_matching.Relocatable || address is null || SameAddress(i, address.Value)))
                {
                    result.Add(i);
                }
            }
        }

        if (result.Count == 0 && address is { } a && a != 0 && _byAddress.TryGetValue(a, out var atAddress))
        {
            foreach (int i in atAddress)
            {
                if (!_taken[i] && KindFits(i, function))
                {
                    result.Add(i);
                }
            }
        }

        foreach (int i in result)
        {
            _taken[i] = true;
        }

        return result;
    }

    private bool SameAddress(int export, ulong address)
    {
        if (_exports[export].Address is not { } a)
        {
            return true;
        }

        return a == address || (_matching.ThumbBit && (a & ~1UL) == address);
    }

    /// <summary>Functions match function exports; variables match data, TLS and common exports (and untyped ones, as assembly leaves them).</summary>
    private bool KindFits(int export, bool function) => _exports[export].Kind switch
    {
        SymbolKind.Function or SymbolKind.IFunc => function,
        SymbolKind.Object or SymbolKind.Tls or SymbolKind.Common => !function,
        _ => true,
    };
}

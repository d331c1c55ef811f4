using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Builds the <see cref="AbiSurface"/> of a binary from its DWARF: one pass over each unit finds
/// the definitions of functions and variables (and records the unit's scopes), the definitions
/// that match exports become <see cref="AbiFunction"/>s and <see cref="AbiVariable"/>s, and the
/// types reachable from them are resolved lazily by DIE offset, merged across units by their stable
/// ids (see <see cref="AbiType"/>), and built breadth-first from a work list, never by unbounded
/// recursion. Units are processed in order and forgotten, except for a few recent unit indexes.
/// </summary>
internal sealed partial class AbiSurfaceBuilder
{
    /// <summary>How many unit indexes (parents, typedef names) stay cached for references across units.</summary>
    private const int IndexCacheSize = 16;

    private readonly DwarfContext _context;
    private readonly Dictionary<DwarfUnit, DwarfUnitIndex> _indexes = [];
    private readonly Queue<DwarfUnit> _indexOrder = new();
    private readonly DwarfDie _walkDie = new();
    private int _minVersion = int.MaxValue;
    private int _maxVersion;
    private int _units;

    public AbiSurfaceBuilder(DwarfContext context, IReadOnlyList<SnapshotExport> exports, ExportMatching matching)
    {
        _context = context;
        _exports = exports;
        _matching = matching;
        IndexExports();
    }

    private DiagnosticBag Bag => _context.Bag;

    private DwarfBudget Budget => _context.Budget;

    private ParseLimits Limits => Budget.Limits;

    /// <summary>Reads every unit and returns the surface; never throws for bad input.</summary>
    public AbiSurface Build(AbiEvidence evidence)
    {
        var candidates = new List<ulong>();
        foreach (var unit in _context.Main.InfoUnits)
        {
            if (Budget.Exhausted)
            {
                break;
            }

            if (unit.UnitType is DwarfConstants.DW_UT_skeleton or DwarfConstants.DW_UT_split_compile or DwarfConstants.DW_UT_split_type)
            {
                Bag.Info(DiagnosticCodes.DwarfUnsupportedUnit, (long)unit.Offset, $"Unit at 0x{unit.Offset:x} is a split DWARF unit; its .dwo file is not read.");
                continue;
            }

            if (!_context.EnsureRoot(unit))
            {
                continue;
            }

            CountUnit(unit);
            if (unit.IsTypeUnit)
            {
                continue;
            }

            candidates.Clear();
            var index = Walk(unit, candidates);
            Remember(index);
            foreach (ulong candidate in candidates)
            {
                if (Budget.Exhausted)
                {
                    break;
                }

                ReadDefinition(candidate);
            }

            Drain();
        }

        foreach (var unit in _context.Main.TypeUnits)
        {
            CountUnit(unit);
        }

        return new AbiSurface
        {
            Evidence = evidence with
            {
                MinVersion = _units == 0 ? 0 : _minVersion,
                MaxVersion = _maxVersion,
                Units = _units,
                Partial = evidence.Partial || Budget.Partial,
            },
            Functions = _functions.OrderBy(f => f.Symbol, StringComparer.Ordinal).ThenBy(f => f.Address).ToArray(),
            Variables = _variables.OrderBy(v => v.Symbol, StringComparer.Ordinal).ThenBy(v => v.Address).ToArray(),
            Types = CollectTypes(),
        };
    }

    private void CountUnit(DwarfUnit unit)
    {
        _units++;
        _minVersion = Math.Min(_minVersion, unit.Version);
        _maxVersion = Math.Max(_maxVersion, unit.Version);
    }

    /// <summary>The index of a unit: cached, or built by walking the unit again (without collecting definitions).</summary>
    private DwarfUnitIndex? IndexOf(DwarfUnit unit)
    {
        if (_indexes.TryGetValue(unit, out var index))
        {
            return index;
        }

        if (!_context.EnsureRoot(unit))
        {
            return null;
        }

        index = Walk(unit, null);
        Remember(index);
        return index;
    }

    private void Remember(DwarfUnitIndex index)
    {
        if (_indexes.TryAdd(index.Unit, index))
        {
            _indexOrder.Enqueue(index.Unit);
            while (_indexOrder.Count > IndexCacheSize)
            {
                _indexes.Remove(_indexOrder.Dequeue());
            }
        }
    }

    /// <summary>Reads a DIE by global reference into a new object (for DIEs kept while others are read).</summary>
    private DwarfDie? Read(ulong reference)
    {
        if (reference >= DwarfRef.Unresolved || Budget.Exhausted)
        {
            return null;
        }

        var die = new DwarfDie();
        return _context.ReadDieAt(reference, die) ? die : null;
    }
}

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// What DWARF does not store but names need: each scope-level DIE's parent (DIEs point only at
/// their children), the typedef that names an anonymous type, and the ordinal of each anonymous
/// type in its scope. Built by one walk of a unit and kept only while the unit is in use.
/// </summary>
internal sealed class DwarfUnitIndex
{
    private readonly List<ulong> _offsets = [];
    private readonly List<ulong> _parents = [];
    private readonly List<(ulong Offset, ulong Parent, int Group)> _anonymous = [];

    public DwarfUnitIndex(DwarfUnit unit) => Unit = unit;

    public DwarfUnit Unit { get; }

    /// <summary>Type DIE reference → the first scope-level typedef naming it.</summary>
    public Dictionary<ulong, ulong> TypedefOf { get; } = [];

    /// <summary>
    /// Type reference → the aggregate member holding it first (holder reference, member
    /// reference, 1-based position among the holder's members); built on first use.
    /// </summary>
    public Dictionary<ulong, (ulong Holder, ulong Member, int Position)>? Holders { get; set; }

    public int Count => _offsets.Count;

    /// <summary>Records a DIE (offsets arrive in increasing order, as the walk meets them).</summary>
    public void Add(ulong offset, ulong parent)
    {
        _offsets.Add(offset);
        _parents.Add(parent);
    }

    /// <summary>Records an anonymous type (in walk order, so ordinals can be counted when one is asked for).</summary>
    public void AddAnonymous(ulong offset, ulong parent, int group) => _anonymous.Add((offset, parent, group));

    /// <summary>The 1-based ordinal of an anonymous type among the anonymous types of its group in its scope; 0 when it was not recorded.</summary>
    public int AnonymousOrdinal(ulong offset)
    {
        int at = _anonymous.FindIndex(a => a.Offset == offset);
        if (at < 0)
        {
            return 0;
        }

        var (_, parent, group) = _anonymous[at];
        int ordinal = 0;
        for (int i = 0; i <= at; i++)
        {
            if (_anonymous[i].Parent == parent && _anonymous[i].Group == group)
            {
                ordinal++;
            }
        }

        return ordinal;
    }

    /// <summary>The parent's offset of a recorded DIE; false when the DIE was not recorded (it is not at scope level).</summary>
    public bool TryGetParent(ulong offset, out ulong parent)
    {
        int i = _offsets.BinarySearch(offset);
        parent = i >= 0 ? _parents[i] : 0;
        return i >= 0;
    }
}

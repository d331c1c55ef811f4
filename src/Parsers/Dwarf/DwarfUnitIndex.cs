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
    private readonly Dictionary<(ulong Parent, int Group), int> _anonymousCounts = [];

    public DwarfUnitIndex(DwarfUnit unit) => Unit = unit;

    public DwarfUnit Unit { get; }

    /// <summary>Anonymous type DIE offset → its 1-based ordinal among the anonymous types of its kind in its scope.</summary>
    public Dictionary<ulong, int> AnonymousOrdinals { get; } = [];

    /// <summary>Type DIE reference → the first scope-level typedef naming it.</summary>
    public Dictionary<ulong, ulong> TypedefOf { get; } = [];

    /// <summary>
    /// Type reference → the aggregate member holding it first (holder reference, member
    /// reference, 1-based position among the holder's members). gcc puts the anonymous types of
    /// a C struct at file scope and clang inside the struct; the holding member is the same for both.
    /// </summary>
    public Dictionary<ulong, (ulong Holder, ulong Member, int Position)>? Holders { get; set; }

    public int Count => _offsets.Count;

    /// <summary>Records a DIE (offsets arrive in increasing order, as the walk meets them).</summary>
    public void Add(ulong offset, ulong parent)
    {
        _offsets.Add(offset);
        _parents.Add(parent);
    }

    /// <summary>Records an anonymous type and gives it the next ordinal of its group in its scope.</summary>
    public void AddAnonymous(ulong offset, ulong parent, int group)
    {
        var key = (parent, group);
        _anonymousCounts.TryGetValue(key, out int n);
        _anonymousCounts[key] = ++n;
        AnonymousOrdinals[offset] = n;
    }

    /// <summary>The parent's offset of a recorded DIE; false when the DIE was not recorded (it is not at scope level).</summary>
    public bool TryGetParent(ulong offset, out ulong parent)
    {
        int i = _offsets.BinarySearch(offset);
        parent = i >= 0 ? _parents[i] : 0;
        return i >= 0;
    }
}

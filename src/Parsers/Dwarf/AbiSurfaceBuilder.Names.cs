namespace AbiPortal.Parsers.Dwarf;

/// <summary>Qualified names (DWARF has no parent links: the unit index supplies them) and the names of anonymous types.</summary>
internal sealed partial class AbiSurfaceBuilder
{
    /// <summary>Deepest scope nesting named (namespaces and classes); deeper scopes are cut.</summary>
    private const int MaxScopeDepth = 64;

    /// <summary>Fully qualified names of scope DIEs (namespaces, classes, functions), by reference.</summary>
    private readonly Dictionary<ulong, string> _scopeNames = [];

    /// <summary>The DIE's parent and its tag, when the DIE is at scope level and the parent is not the unit.</summary>
    private (ulong Ref, ushort Tag)? ParentReference(DwarfDie die)
    {
        var unit = die.Unit;
        if (IndexOf(unit) is not { } index || !index.TryGetParent(die.Offset, out ulong parent) || parent == unit.DieStart)
        {
            return null;
        }

        ulong reference = unit.Ref(parent);
        return Read(reference) is { } p ? (reference, p.Tag) : null;
    }

    /// <summary><c>ns::Class::name</c>: the enclosing scopes of <paramref name="die"/> and <paramref name="name"/>.</summary>
    private string QualifiedName(DwarfDie die, string? name)
    {
        name ??= _context.String(die, DwarfSlot.Name) ?? string.Empty;
        string scope = ScopeOf(die);
        return scope.Length == 0 ? name : scope + "::" + name;
    }

    /// <summary>The qualified name of the scope enclosing <paramref name="die"/>; empty at file scope.</summary>
    private string ScopeOf(DwarfDie die) => ParentReference(die) is var (parent, _) ? ScopeName(parent, 0) : string.Empty;

    private string ScopeName(ulong reference, int depth)
    {
        if (_scopeNames.TryGetValue(reference, out string? cached))
        {
            return cached;
        }

        if (depth > MaxScopeDepth || Read(reference) is not { } die)
        {
            return string.Empty;
        }

        string part = die.Tag switch
        {
            DwarfTags.DW_TAG_namespace => _context.String(die, DwarfSlot.Name) ?? "(anonymous namespace)",
            _ when die.Has(DwarfSlot.Name) => _context.String(die, DwarfSlot.Name) ?? "?",
            _ when die.Tag is DwarfTags.DW_TAG_subprogram && die.Has(DwarfSlot.Specification) => LastName(die),
            _ => "<anonymous>",
        };
        string outer = ParentReference(die) is var (parent, _) ? ScopeName(parent, depth + 1) : string.Empty;
        string name = outer.Length == 0 ? part : outer + "::" + part;
        _scopeNames[reference] = name;
        return name;
    }

    /// <summary>The name a DIE gets from its specification (an out-of-line definition's declaration).</summary>
    private string LastName(DwarfDie die)
    {
        var chain = Chain(die);
        return First(chain, DwarfSlot.Name) is { } n ? _context.String(n, DwarfSlot.Name) ?? "?" : "?";
    }

    /// <summary>
    /// The members of the unit's aggregates by the type they hold, from one more walk of the unit
    /// (made only when an anonymous type is not named by a typedef). gcc puts the anonymous
    /// types of a C struct at file scope and clang inside the struct; the holding member is the
    /// same for both.
    /// </summary>
    private Dictionary<ulong, (ulong Holder, ulong Member, int Position)> Holders(DwarfUnitIndex index)
    {
        if (index.Holders is { } known)
        {
            return known;
        }

        var holders = new Dictionary<ulong, (ulong, ulong, int)>();
        index.Holders = holders;
        var unit = index.Unit;
        var r = unit.File.Reader(unit.Section);
        var die = new DwarfDie();
        // Each frame: the parent's offset, whether it is an aggregate, how many members it had so far.
        var frames = new List<(ulong Offset, bool Aggregate, int Members)>();
        ulong pos = unit.DieStart;
        while (pos < unit.End && !Budget.Exhausted)
        {
            ulong at = pos;
            var abbrev = _context.ReadCode(r, unit, ref pos);
            if (abbrev is null)
            {
                if (_context.EntryFailed || frames.Count <= 1)
                {
                    break;
                }

                frames.RemoveAt(frames.Count - 1);
                continue;
            }

            bool member = abbrev.Tag == DwarfTags.DW_TAG_member && frames.Count > 0 && frames[^1].Aggregate;
            bool ok = member || abbrev.HasChildren ? _context.ReadAttributes(r, unit, abbrev, at, ref pos, die) : _context.SkipAttributes(r, unit, abbrev, ref pos);
            if (!ok)
            {
                break;
            }

            if (member)
            {
                var top = frames[^1];
                frames[^1] = top with { Members = top.Members + 1 };
                if (die.TryGet(DwarfSlot.Type, out var type) && type.IsReference)
                {
                    holders.TryAdd(type.Value, (unit.Ref(top.Offset), unit.Ref(at), top.Members + 1));
                }
            }

            if (abbrev.HasChildren)
            {
                if (frames.Count >= Limits.MaxDwarfDepth)
                {
                    break;
                }

                frames.Add((at, DwarfTags.IsAggregate(abbrev.Tag), 0));
            }
        }

        return holders;
    }

    /// <summary>
    /// The positional name of an anonymous struct, class, union or enum (see <see cref="Snapshots.AbiType"/>):
    /// the typedef that names it (<c>typedef point_t</c>), else the member of an aggregate that
    /// holds it (<c>struct Point::u</c>, or <c>struct Shape::#3</c> for an unnamed member, by its
    /// position), else its scope and ordinal (<c>ns#2</c>).
    /// </summary>
    private string AnonymousLabel(DwarfDie die)
    {
        var unit = die.Unit;
        var index = IndexOf(unit);
        if (index is not null && index.TypedefOf.TryGetValue(die.Ref, out ulong typedefOffset) && Read(unit.Ref(typedefOffset)) is { } typedef)
        {
            return "typedef " + QualifiedName(typedef, null);
        }

        if (index is not null && Holders(index).TryGetValue(die.Ref, out var held) && Read(held.Member) is { } member)
        {
            string holder = TypeId(held.Holder);
            return holder + "::" + (_context.String(member, DwarfSlot.Name) ?? "#" + held.Position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        int ordinal = Math.Max(1, index?.AnonymousOrdinal(die.Offset) ?? 1);
        return ScopeOf(die) + "#" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

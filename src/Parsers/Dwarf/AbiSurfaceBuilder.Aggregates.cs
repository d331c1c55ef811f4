using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Structs, classes, unions and enums: named by kind and qualified name, registered at once, and
/// built later from the work list (<see cref="Drain"/>). Definitions of one id from several units
/// are merged (ODR): a declaration gives way to a definition; a definition that disagrees with
/// the first becomes <c>id#2</c>, <c>#3</c>...
/// </summary>
internal sealed partial class AbiSurfaceBuilder
{
    private readonly Dictionary<string, TypeEntry> _types = new(StringComparer.Ordinal);
    private readonly Queue<(ulong Die, string Id)> _work = new();

    private sealed class TypeEntry(string name, AbiTypeKind kind)
    {
        public string Name { get; } = name;

        public AbiTypeKind Kind { get; } = kind;

        public AbiType? Type { get; set; }

        /// <summary>The DIE whose body defines the type (the first definition, else the first declaration).</summary>
        public ulong Die { get; set; } = DwarfRef.None;

        public bool Defined { get; set; }

        /// <summary>How many disagreeing definitions (#2, #3...) exist.</summary>
        public int Variants { get; set; } = 1;

        /// <summary>The defining DIE's shape, once a second definition needs comparing.</summary>
        public ulong? Shape { get; set; }

        /// <summary>Shapes of other definitions already seen, and the id (variant or the first) each got.</summary>
        public Dictionary<ulong, string>? VariantShapes { get; set; }
    }

    private string Aggregate(DwarfDie die, int depth)
    {
        if (die.Flag(DwarfSlot.Declaration) && die.Has(DwarfSlot.Signature))
        {
            // A declaration standing for the definition in a type unit.
            return TypeId(_context.Reference(die, DwarfSlot.Signature), depth + 1);
        }

        var naming = die.Has(DwarfSlot.Specification) && Read(_context.Reference(die, DwarfSlot.Specification)) is { } spec ? spec : die;
        var kind = KindOf(die.Tag);
        string word = Word(kind);
        string? name = _context.String(naming, DwarfSlot.Name);
        string id = name is not null ? $"{word} {QualifiedName(naming, name)}" : $"{word} <{AnonymousLabel(naming)}>";
        bool declaration = die.Flag(DwarfSlot.Declaration);
        ulong reference = die.Ref;
        if (!_types.TryGetValue(id, out var entry))
        {
            if (!HasRoom())
            {
                return Unknown();
            }

            _types[id] = new TypeEntry(id, kind) { Die = reference, Defined = !declaration };
            _work.Enqueue((reference, id));
        }
        else if (!entry.Defined && !declaration)
        {
            // A declaration gives way to the first definition.
            entry.Die = reference;
            entry.Defined = true;
            _work.Enqueue((reference, id));
        }
        else if (entry.Defined && !declaration && entry.Die != reference)
        {
            id = OtherDefinition(die, id, entry);
        }

        _idByDie[reference] = id;
        return id;
    }

    /// <summary>
    /// Another unit's definition of a type already defined: the same id when its shape
    /// (<see cref="Shape"/>) is the first definition's (ODR), else the id of the variant with its
    /// shape (<c>id#2</c>, <c>#3</c>...), registered and queued on first sight. Comparing shapes
    /// reads the definition's children but resolves no types, so in a library whose every unit
    /// includes the same headers the work stays proportional to the distinct types, not units × types.
    /// </summary>
    private string OtherDefinition(DwarfDie die, string id, TypeEntry entry)
    {
        ulong shape = Shape(die);
        entry.Shape ??= Read(entry.Die) is { } first ? Shape(first) : 0;
        if (shape == entry.Shape)
        {
            return id;
        }

        entry.VariantShapes ??= [];
        if (entry.VariantShapes.TryGetValue(shape, out string? known))
        {
            return known;
        }

        if (!HasRoom())
        {
            return id;
        }

        string variant = $"{id}#{++entry.Variants}";
        _types[variant] = new TypeEntry(entry.Name, entry.Kind) { Die = die.Ref, Defined = true };
        entry.VariantShapes[shape] = variant;
        _work.Enqueue((die.Ref, variant));
        return variant;
    }

    /// <summary>Builds queued bodies until none are left (bodies queue the types they reach).</summary>
    private void Drain()
    {
        while (_work.Count > 0 && !Budget.Exhausted)
        {
            var (reference, id) = _work.Dequeue();
            var entry = _types[id];
            if (entry.Die == reference && Read(reference) is { } die)
            {
                entry.Type = Body(die, id, entry);
            }
        }
    }

    /// <summary>
    /// A hash of what a definition says about its layout without following references: size, and
    /// per data member, base, enumerator and virtual function its name, location, bit size and
    /// offset, value, virtuality and vtable slot. Equal shapes are taken as the same definition
    /// (ODR); a change deeper down (a member's own type differing between units with the outer
    /// layout intact) is not looked for. Non-virtual member functions and nested types are left
    /// out: compilers emit them in some units and not others.
    /// </summary>
    private ulong Shape(DwarfDie die)
    {
        var hash = new HashCode();
        hash.Add(die.Tag);
        hash.Add(die.Unsigned(DwarfSlot.ByteSize));
        if (!die.HasChildren)
        {
            return (ulong)hash.ToHashCode();
        }

        var unit = die.Unit;
        var r = unit.File.Reader(unit.Section);
        var child = _childDie;
        ulong pos = die.Next;
        while (pos < unit.End)
        {
            ulong at = pos;
            var abbrev = _context.ReadCode(r, unit, ref pos);
            if (abbrev is null || !_context.ReadAttributes(r, unit, abbrev, at, ref pos, child))
            {
                break;
            }

            bool layout = abbrev.Tag is DwarfTags.DW_TAG_member or DwarfTags.DW_TAG_inheritance or DwarfTags.DW_TAG_enumerator
                || (abbrev.Tag == DwarfTags.DW_TAG_subprogram && child.Unsigned(DwarfSlot.Virtuality) is > 0);
            if (!layout)
            {
                if (abbrev.HasChildren && !SkipChildren(r, child, ref pos))
                {
                    break;
                }

                continue;
            }

            hash.Add(abbrev.Tag);
            if (child.TryGet(DwarfSlot.Name, out var name) && _context.TryStringBytes(unit, name, out var bytes))
            {
                hash.AddBytes(bytes);
            }

            foreach (var slot in ShapeSlots)
            {
                if (child.TryGet(slot, out var v))
                {
                    hash.Add(slot);
                    if (v.IsBlock && _context.TryBlock(unit, v, out var block))
                    {
                        hash.AddBytes(block);
                    }
                    else if (!v.IsReference)
                    {
                        hash.Add(v.Value);
                    }
                }
            }

            if (abbrev.HasChildren && !SkipChildren(r, child, ref pos))
            {
                break;
            }
        }

        return (ulong)hash.ToHashCode();
    }

    private static readonly DwarfSlot[] ShapeSlots =
    [
        DwarfSlot.DataMemberLocation, DwarfSlot.BitSize, DwarfSlot.DataBitOffset, DwarfSlot.BitOffset, DwarfSlot.ByteSize,
        DwarfSlot.ConstValue, DwarfSlot.Virtuality, DwarfSlot.VtableElemLocation, DwarfSlot.Accessibility, DwarfSlot.External, DwarfSlot.Declaration,
    ];
}

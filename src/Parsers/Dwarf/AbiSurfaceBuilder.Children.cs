namespace AbiPortal.Parsers.Dwarf;

/// <summary>Moving around the DIE tree: children, specification and abstract origin chains, sizes through typedefs.</summary>
internal sealed partial class AbiSurfaceBuilder
{
    /// <summary>Longest DW_AT_abstract_origin / DW_AT_specification chain followed (concrete → abstract → in-class declaration is three).</summary>
    private const int MaxChain = 8;

    private readonly DwarfDie _childDie = new();

    /// <summary>The direct children of a DIE, each read once into its own object; grandchildren are skipped by sibling or by walking.</summary>
    private List<DwarfDie> Children(DwarfDie parent)
    {
        var children = new List<DwarfDie>();
        if (!parent.HasChildren || Budget.Exhausted)
        {
            return children;
        }

        var unit = parent.Unit;
        var r = unit.File.Reader(unit.Section);
        ulong pos = parent.Next;
        while (pos < unit.End)
        {
            ulong at = pos;
            var die = new DwarfDie();
            var abbrev = _context.ReadCode(r, unit, ref pos);
            if (abbrev is null || !_context.ReadAttributes(r, unit, abbrev, at, ref pos, die))
            {
                break;
            }

            children.Add(die);
            if (abbrev.HasChildren && !SkipChildren(r, die, ref pos))
            {
                break;
            }
        }

        return children;
    }

    /// <summary>Moves <paramref name="pos"/> past the children of <paramref name="die"/> (just read): by DW_AT_sibling, else by walking them.</summary>
    private bool SkipChildren(Primitives.ByteReader r, DwarfDie die, ref ulong pos)
    {
        var unit = die.Unit;
        if (die.TryGet(DwarfSlot.Sibling, out var sibling) && sibling.IsReference && !DwarfRef.IsSupplementary(sibling.Value))
        {
            ulong next = DwarfRef.Offset(sibling.Value);
            if (next > pos && next <= unit.End)
            {
                pos = next;
                return true;
            }
        }

        int depth = 1;
        while (depth > 0 && pos < unit.End)
        {
            var abbrev = _context.SkipEntry(r, unit, ref pos);
            if (abbrev is null)
            {
                if (_context.EntryFailed)
                {
                    return false;
                }

                depth--;
            }
            else if (abbrev.HasChildren)
            {
                if (++depth > Limits.MaxDwarfDepth)
                {
                    return false;
                }
            }
        }

        return depth == 0;
    }

    /// <summary>
    /// A definition and what it stands for: its DW_AT_abstract_origin (an out-of-line copy of an
    /// inline function) and DW_AT_specification (the declaration inside a class or namespace),
    /// followed as far as they go. The last DIE is the declaration that names the entity.
    /// </summary>
    private List<DwarfDie> Chain(DwarfDie start)
    {
        var chain = new List<DwarfDie> { start };
        var current = start;
        while (chain.Count < MaxChain)
        {
            ulong next = current.Has(DwarfSlot.AbstractOrigin) ? _context.Reference(current, DwarfSlot.AbstractOrigin)
                : current.Has(DwarfSlot.Specification) ? _context.Reference(current, DwarfSlot.Specification)
                : DwarfRef.None;
            if (next == DwarfRef.None || Read(next) is not { } die)
            {
                break;
            }

            chain.Add(die);
            current = die;
        }

        return chain;
    }

    /// <summary>The first DIE of a chain that has <paramref name="slot"/>.</summary>
    private static DwarfDie? First(List<DwarfDie> chain, DwarfSlot slot) => chain.Find(d => d.Has(slot));

    /// <summary>
    /// The size in bytes of a type: DW_AT_byte_size, through typedefs and qualifiers, the address
    /// size for pointers and references; null when unknown. Bounded by the depth cap.
    /// </summary>
    private ulong? SizeOf(ulong reference)
    {
        for (int step = 0; step < Limits.MaxDwarfDepth && Read(reference) is { } die; step++)
        {
            if (die.Unsigned(DwarfSlot.ByteSize) is { } size)
            {
                return size;
            }

            switch (die.Tag)
            {
                case DwarfTags.DW_TAG_pointer_type or DwarfTags.DW_TAG_reference_type or DwarfTags.DW_TAG_rvalue_reference_type:
                    return die.Unit.Encoding.AddressSize;
                case DwarfTags.DW_TAG_typedef or DwarfTags.DW_TAG_const_type or DwarfTags.DW_TAG_volatile_type or DwarfTags.DW_TAG_restrict_type
                    or DwarfTags.DW_TAG_atomic_type or DwarfTags.DW_TAG_immutable_type or DwarfTags.DW_TAG_packed_type or DwarfTags.DW_TAG_shared_type
                    or DwarfTags.DW_TAG_template_alias:
                    reference = _context.Reference(die, DwarfSlot.Type);
                    continue;
                case DwarfTags.DW_TAG_structure_type or DwarfTags.DW_TAG_class_type or DwarfTags.DW_TAG_union_type or DwarfTags.DW_TAG_enumeration_type
                    when die.Has(DwarfSlot.Signature):
                    reference = _context.Reference(die, DwarfSlot.Signature);
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The declaring file of a DIE (DW_AT_decl_file through its unit's line table).</summary>
    private string? DeclFile(DwarfDie die)
    {
        if (die.Unsigned(DwarfSlot.DeclFile) is not { } index)
        {
            return null;
        }

        var unit = die.Unit;
        unit.FileNames ??= DwarfLineTable.FileNames(_context, unit);
        return index < (ulong)unit.FileNames.Length ? unit.FileNames[index] : null;
    }

    private static int? DeclLine(DwarfDie die) => die.Unsigned(DwarfSlot.DeclLine) is { } line && line <= int.MaxValue ? (int)line : null;
}

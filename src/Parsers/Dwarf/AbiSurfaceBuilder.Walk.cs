using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>The one pass over a unit: scopes indexed, definitions collected, everything else skipped by size.</summary>
internal sealed partial class AbiSurfaceBuilder
{
    /// <summary>
    /// Walks a unit's DIE tree iteratively. Inside scopes (the unit, namespaces, classes) DIEs are
    /// indexed and definitions of functions (a low_pc, ranges or entry_pc) and variables (a
    /// location) collected; below anything else (function bodies, enumerators, members) DIEs are
    /// skipped, by DW_AT_sibling when the producer gave one.
    /// </summary>
    private DwarfUnitIndex Walk(DwarfUnit unit, List<ulong>? candidates)
    {
        var index = new DwarfUnitIndex(unit);
        var r = unit.File.Reader(unit.Section);
        var die = _walkDie;
        // Each frame: the parent DIE's offset and whether its children are at scope level.
        var frames = new List<(ulong Offset, bool Scope)>();
        ulong pos = unit.DieStart;
        while (pos < unit.End)
        {
            ulong at = pos;
            var abbrev = _context.ReadCode(r, unit, ref pos);
            if (abbrev is null)
            {
                // A null entry closes the current parent; once the root is closed the unit is done
                // (what follows is padding).
                if (_context.EntryFailed || frames.Count == 0)
                {
                    break;
                }

                frames.RemoveAt(frames.Count - 1);
                if (frames.Count == 0)
                {
                    break;
                }

                continue;
            }

            if (frames.Count == 0 && at != unit.DieStart)
            {
                // A second root, or what follows a childless root: not part of the unit's tree.
                break;
            }

            bool inScope = frames.Count == 0 || frames[^1].Scope;
            ulong parent = frames.Count == 0 ? DwarfRef.None : frames[^1].Offset;
            ushort tag = abbrev.Tag;
            bool childScope = inScope && DwarfTags.IsScope(tag);
            bool candidate = candidates is not null && inScope && IsDefinition(abbrev);
            bool wantSibling = abbrev.HasChildren && !childScope && abbrev.Has(DwarfSlot.Sibling);
            bool read = candidate || wantSibling || (inScope && tag == DwarfTags.DW_TAG_typedef);
            bool ok = read ? _context.ReadAttributes(r, unit, abbrev, at, ref pos, die) : _context.SkipAttributes(r, unit, abbrev, ref pos);
            if (!ok)
            {
                break;
            }

            // Static data members are declared as members (DWARF 4, and clang in 5): their definitions name them by specification.
            bool staticMember = tag == DwarfTags.DW_TAG_member && (abbrev.Has(DwarfSlot.External) || abbrev.Has(DwarfSlot.Declaration));
            if (inScope && parent != DwarfRef.None && (IsIndexed(tag) || staticMember))
            {
                index.Add(at, parent);
                if (AnonymousGroup(tag) is { } group && !abbrev.Has(DwarfSlot.Name) && !abbrev.Has(DwarfSlot.Specification) && !abbrev.Has(DwarfSlot.Signature))
                {
                    index.AddAnonymous(at, parent, group);
                }

                if (tag == DwarfTags.DW_TAG_typedef && die.TryGet(DwarfSlot.Type, out var target) && target.IsReference)
                {
                    index.TypedefOf.TryAdd(target.Value, at);
                }
            }

            if (candidate)
            {
                candidates!.Add(unit.Ref(at));
            }


            if (!abbrev.HasChildren)
            {
                continue;
            }

            if (wantSibling && die.TryGet(DwarfSlot.Sibling, out var sibling) && sibling.IsReference && !DwarfRef.IsSupplementary(sibling.Value))
            {
                // Only a forward jump inside the unit is a usable sibling; anything else is ignored.
                ulong next = DwarfRef.Offset(sibling.Value);
                if (next > pos && next <= unit.End)
                {
                    pos = next;
                    continue;
                }
            }

            if (frames.Count >= Limits.MaxDwarfDepth)
            {
                Budget.Partial = true;
                Bag.Warning(DiagnosticCodes.DwarfDepthLimit, (long)at, $"Unit at 0x{unit.Offset:x}: DIEs nest deeper than {Limits.MaxDwarfDepth}; the rest of the unit was skipped.");
                break;
            }

            frames.Add((at, childScope));
        }

        return index;
    }

    /// <summary>A function with code or a variable with a location: a definition that can be an export.</summary>
    private static bool IsDefinition(DwarfAbbreviation abbrev) => abbrev.Tag switch
    {
        DwarfTags.DW_TAG_subprogram => !abbrev.Has(DwarfSlot.Declaration) && (abbrev.Has(DwarfSlot.LowPc) || abbrev.Has(DwarfSlot.Ranges) || abbrev.Has(DwarfSlot.EntryPc)),
        DwarfTags.DW_TAG_variable => !abbrev.Has(DwarfSlot.Declaration) && abbrev.Has(DwarfSlot.Location),
        _ => false,
    };

    /// <summary>DIEs whose parent names need: scopes, types, functions and variables.</summary>
    private static bool IsIndexed(ushort tag) => tag is DwarfTags.DW_TAG_namespace or DwarfTags.DW_TAG_module
        or DwarfTags.DW_TAG_structure_type or DwarfTags.DW_TAG_class_type or DwarfTags.DW_TAG_union_type or DwarfTags.DW_TAG_interface_type
        or DwarfTags.DW_TAG_enumeration_type or DwarfTags.DW_TAG_typedef or DwarfTags.DW_TAG_subprogram or DwarfTags.DW_TAG_variable
        or DwarfTags.DW_TAG_template_alias or DwarfTags.DW_TAG_base_type or DwarfTags.DW_TAG_unspecified_type;

    /// <summary>Anonymous types are numbered per scope within these groups: struct/class/union together, enums apart.</summary>
    private static int? AnonymousGroup(ushort tag) => tag switch
    {
        DwarfTags.DW_TAG_structure_type or DwarfTags.DW_TAG_class_type or DwarfTags.DW_TAG_union_type or DwarfTags.DW_TAG_interface_type => 1,
        DwarfTags.DW_TAG_enumeration_type => 2,
        _ => null,
    };
}

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

    private AbiType Body(DwarfDie die, string id, TypeEntry entry)
    {
        var fields = new List<AbiField>();
        var bases = new List<AbiBase>();
        var methods = new List<AbiVirtualMethod>();
        var enumerators = new List<AbiEnumerator>();
        string? underlying = entry.Kind == AbiTypeKind.Enum && die.Has(DwarfSlot.Type) ? TypeId(_context.Reference(die, DwarfSlot.Type)) : null;
        bool signedEnum = underlying is not null && _types.TryGetValue(underlying, out var u) && IsSigned(u);
        bool bigEndian = die.Unit.File.Sections.BigEndian;
        foreach (var c in Children(die))
        {
            if (Budget.Exhausted)
            {
                break;
            }

            switch (c.Tag)
            {
                case DwarfTags.DW_TAG_member when !c.Flag(DwarfSlot.External) && !c.Flag(DwarfSlot.Declaration):
                    fields.Add(Field(c, bigEndian));
                    break;
                case DwarfTags.DW_TAG_inheritance:
                    bases.Add(Base(c, bigEndian));
                    break;
                case DwarfTags.DW_TAG_subprogram when c.Unsigned(DwarfSlot.Virtuality) is > 0:
                    methods.Add(VirtualMethod(c));
                    break;
                case DwarfTags.DW_TAG_enumerator when c.TryGet(DwarfSlot.ConstValue, out var value):
                    enumerators.Add(new AbiEnumerator(_context.String(c, DwarfSlot.Name) ?? string.Empty, value.Signed(signedEnum)));
                    break;
            }
        }

        return new AbiType
        {
            Id = id,
            Kind = entry.Kind,
            Name = entry.Name,
            Size = die.Unsigned(DwarfSlot.ByteSize),
            Alignment = die.Unsigned(DwarfSlot.Alignment),
            Target = underlying,
            Declaration = die.Flag(DwarfSlot.Declaration),
            Fields = fields,
            Bases = bases,
            VirtualMethods = PlaceDestructor(methods).OrderBy(m => m.VtableIndex).ToArray(),
            Enumerators = enumerators,
            PassedBy = die.Unsigned(DwarfSlot.CallingConvention) switch
            {
                DwarfConstants.DW_CC_pass_by_value => "value",
                DwarfConstants.DW_CC_pass_by_reference => "reference",
                _ => null,
            },
            DeclFile = DeclFile(die),
            DeclLine = DeclLine(die),
        };
    }

    /// <summary>
    /// A data member. Bit-fields: DW_AT_data_bit_offset (DWARF 4+), or DWARF 2-3's DW_AT_bit_offset,
    /// counted from the most significant bit of a storage unit of DW_AT_byte_size bytes at the
    /// member's offset, which on little-endian targets must be turned around.
    /// </summary>
    private AbiField Field(DwarfDie m, bool bigEndian)
    {
        ulong typeRef = _context.Reference(m, DwarfSlot.Type);
        ulong offset = MemberOffset(m, bigEndian) ?? 0;
        ulong? bitSize = m.Unsigned(DwarfSlot.BitSize);
        ulong? bitOffset = null;
        if (bitSize is { } width)
        {
            if (m.Unsigned(DwarfSlot.DataBitOffset) is { } dataBitOffset)
            {
                bitOffset = dataBitOffset;
            }
            else if (m.TryGet(DwarfSlot.BitOffset, out var old) && old.IsConstant)
            {
                ulong storage = m.Unsigned(DwarfSlot.ByteSize) ?? SizeOf(typeRef) ?? 0;
                long fromTop = old.Signed(old.Form == DwarfForms.DW_FORM_sdata);
                long bits = bigEndian ? (long)(offset * 8) + fromTop : (long)(offset * 8) + ((long)storage * 8) - fromTop - (long)width;
                bitOffset = bits < 0 ? 0 : (ulong)bits;
            }
            else
            {
                bitOffset = offset * 8;
            }

            offset = bitOffset.Value / 8;
        }

        return new AbiField
        {
            Name = _context.String(m, DwarfSlot.Name),
            Type = TypeId(typeRef),
            Offset = offset,
            BitOffset = bitOffset,
            BitSize = bitSize,
            Access = Access(m),
        };
    }

    private AbiBase Base(DwarfDie b, bool bigEndian)
    {
        bool isVirtual = b.Unsigned(DwarfSlot.Virtuality) is > 0;
        return new AbiBase(TypeId(_context.Reference(b, DwarfSlot.Type)), isVirtual ? null : MemberOffset(b, bigEndian) ?? 0, isVirtual, Access(b));
    }

    /// <summary>DW_AT_data_member_location: a constant, or (DWARF 2) an expression; null when it is not a constant (virtual bases).</summary>
    private ulong? MemberOffset(DwarfDie die, bool bigEndian)
    {
        if (!die.TryGet(DwarfSlot.DataMemberLocation, out var location))
        {
            return null;
        }

        if (location.IsConstant)
        {
            return location.Value;
        }

        return _context.TryBlock(die.Unit, location, out var expr) ? DwarfExpression.MemberOffset(expr, bigEndian) : null;
    }

    private AbiVirtualMethod VirtualMethod(DwarfDie method)
    {
        string name = _context.String(method, DwarfSlot.Name) ?? "?";
        var parameters = Parameters([method], out bool variadic);
        var shown = parameters.Where(p => !p.Artificial).Select(p => NameOf(p.Type)).ToList();
        if (variadic)
        {
            shown.Add("...");
        }

        // A const member function's `this` points to const.
        bool isConst = parameters.FirstOrDefault(p => p.Artificial) is { } self && _types.TryGetValue(self.Type, out var t)
            && t.Type?.Target is { } pointee && pointee.StartsWith("const(", StringComparison.Ordinal);
        return new AbiVirtualMethod(
            $"{name}({string.Join(", ", shown)}){(isConst ? " const" : string.Empty)}",
            _context.String(method, DwarfSlot.LinkageName),
            VtableIndex(method) ?? -1,
            method.Unsigned(DwarfSlot.Virtuality) == DwarfConstants.DW_VIRTUALITY_pure_virtual);
    }

    /// <summary>
    /// gcc gives a virtual destructor no DW_AT_vtable_elem_location. Under the Itanium C++ ABI
    /// (2.5.2) it takes two consecutive slots (complete and deleting), so it goes in the first pair
    /// of slots the other virtual functions leave free.
    /// </summary>
    private static List<AbiVirtualMethod> PlaceDestructor(List<AbiVirtualMethod> methods)
    {
        int at = methods.FindIndex(m => m.VtableIndex < 0 && m.Name.StartsWith('~'));
        if (at < 0 || methods.Count(m => m.VtableIndex < 0) != 1)
        {
            return methods;
        }

        var used = methods.Where(m => m.VtableIndex >= 0).Select(m => m.VtableIndex).ToHashSet();
        long slot = 0;
        while (used.Contains(slot) || used.Contains(slot + 1))
        {
            slot++;
        }

        methods[at] = methods[at] with { VtableIndex = slot };
        return methods;
    }

    private static string? Access(DwarfDie die) => die.Unsigned(DwarfSlot.Accessibility) switch
    {
        DwarfConstants.DW_ACCESS_public => "public",
        DwarfConstants.DW_ACCESS_protected => "protected",
        DwarfConstants.DW_ACCESS_private => "private",
        _ => null,
    };

    private static bool IsSigned(TypeEntry entry) => entry.Type?.Encoding is "signed" or "signed-char";

    /// <summary>Registers a structural type (its id says everything) once, and returns its id.</summary>
    private string Define(AbiType type)
    {
        if (!_types.ContainsKey(type.Id))
        {
            // The unknown type is always listed, so that every id a surface uses is defined.
            if (type.Id != UnknownId && !HasRoom())
            {
                return Unknown();
            }

            _types[type.Id] = new TypeEntry(type.Name, type.Kind) { Type = type, Defined = true };
        }

        return type.Id;
    }

    /// <summary>Registers a named type whose id does not say everything (a typedef): a different target under the same name becomes a variant.</summary>
    private string Merge(AbiType type)
    {
        if (!_types.TryGetValue(type.Id, out var entry))
        {
            return Define(type);
        }

        if (entry.Type is null || entry.Type.Target == type.Target)
        {
            return type.Id;
        }

        for (int k = 2; k <= entry.Variants; k++)
        {
            string variant = $"{type.Id}#{k}";
            if (_types.TryGetValue(variant, out var v) && v.Type?.Target == type.Target)
            {
                return variant;
            }
        }

        if (!HasRoom())
        {
            return Unknown();
        }

        string id = $"{type.Id}#{++entry.Variants}";
        _types[id] = new TypeEntry(type.Name, type.Kind) { Type = type with { Id = id }, Defined = true };
        return id;
    }

    private bool HasRoom()
    {
        if (_types.Count < Limits.MaxDwarfTypes)
        {
            return true;
        }

        Budget.Stop(DiagnosticCodes.DwarfTypeLimit, $"More than {Limits.MaxDwarfTypes} types are reachable from the exports; the ABI surface is partial.");
        return false;
    }

    /// <summary>
    /// The types reachable from the functions and variables (types registered on the way and then
    /// not used, such as a parameter's top-level const, are left out), bodies that were never
    /// built (a spent budget) as bare named types, ordered by id.
    /// </summary>
    private AbiType[] CollectTypes()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        void Reach(string? id)
        {
            if (id is not null && reached.Add(id))
            {
                pending.Push(id);
            }
        }

        foreach (var f in _functions)
        {
            Reach(f.Return);
            Reach(f.Class);
            foreach (var p in f.Parameters)
            {
                Reach(p.Type);
            }
        }

        foreach (var v in _variables)
        {
            Reach(v.Type);
        }

        var result = new List<AbiType>();
        while (pending.Count > 0)
        {
            string id = pending.Pop();
            if (!_types.TryGetValue(id, out var entry))
            {
                continue;
            }

            var type = entry.Type ?? new AbiType { Id = id, Kind = entry.Kind, Name = entry.Name, Declaration = !entry.Defined };
            result.Add(type);
            Reach(type.Target);
            Reach(type.ContainingType);
            foreach (var field in type.Fields)
            {
                Reach(field.Type);
            }

            foreach (var b in type.Bases)
            {
                Reach(b.Type);
            }

            foreach (string p in type.Parameters)
            {
                Reach(p);
            }
        }

        return result.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
    }
}

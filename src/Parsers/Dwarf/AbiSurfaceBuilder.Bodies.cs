using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>The body of a struct, class, union or enum: fields, bit-fields, bases, virtual methods, enumerators.</summary>
internal sealed partial class AbiSurfaceBuilder
{
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
}

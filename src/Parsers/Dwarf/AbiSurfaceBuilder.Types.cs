using System.Globalization;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Type ids by DIE (memoized by reference), with the structural ids of derived types computed
/// from their parts: <c>ptr(struct Point)</c>, <c>const(char)</c>, <c>array(int;4)</c>,
/// <c>fn(int;int,char,...)</c>, <c>memptr(class A;int)</c>. Recursion only follows type chains
/// and is cut at <see cref="ParseLimits.MaxDwarfDepth"/> and on cycles.
/// </summary>
internal sealed partial class AbiSurfaceBuilder
{
    /// <summary>Id of a type that could not be read (a damaged or cyclic reference).</summary>
    private const string UnknownId = "<unknown>";

    private readonly Dictionary<ulong, string> _idByDie = [];
    private readonly HashSet<ulong> _resolving = [];

    /// <summary>The id of the type at <paramref name="reference"/> (<c>void</c> for none), resolving and registering it on first use.</summary>
    private string TypeId(ulong reference) => TypeId(reference, 0);

    private string TypeId(ulong reference, int depth)
    {
        if (reference == DwarfRef.None)
        {
            return Define(new AbiType { Id = "void", Kind = AbiTypeKind.Void, Name = "void" });
        }

        if (reference == DwarfRef.Unresolved)
        {
            return Unknown();
        }

        if (_idByDie.TryGetValue(reference, out string? known))
        {
            return known;
        }

        if (depth > Limits.MaxDwarfDepth || !_resolving.Add(reference))
        {
            Budget.Partial = true;
            Bag.Warning(DiagnosticCodes.DwarfDepthLimit, null, $"A type chain at DIE 0x{DwarfRef.Offset(reference):x} is cyclic or deeper than {Limits.MaxDwarfDepth}; shown as {UnknownId}.");
            return Unknown();
        }

        string id;
        try
        {
            id = Read(reference) is { } die ? Resolve(die, depth) : Unknown();
        }
        finally
        {
            _resolving.Remove(reference);
        }

        _idByDie.TryAdd(reference, id);
        return _idByDie[reference];
    }

    private string Unknown() => Define(new AbiType { Id = UnknownId, Kind = AbiTypeKind.Unspecified, Name = "?" });

    private string Resolve(DwarfDie die, int depth)
    {
        switch (die.Tag)
        {
            case DwarfTags.DW_TAG_base_type:
                string baseName = CanonicalBaseName(_context.String(die, DwarfSlot.Name) ?? "<base>");
                return Define(new AbiType
                {
                    Id = baseName,
                    Kind = AbiTypeKind.Base,
                    Name = baseName,
                    Size = die.Unsigned(DwarfSlot.ByteSize),
                    Encoding = Encoding(die.Unsigned(DwarfSlot.Encoding)),
                });
            case DwarfTags.DW_TAG_unspecified_type:
                string unspecified = _context.String(die, DwarfSlot.Name) ?? "void";
                return Define(new AbiType { Id = unspecified, Kind = AbiTypeKind.Unspecified, Name = unspecified });
            case DwarfTags.DW_TAG_pointer_type:
                return Derived(die, depth, AbiTypeKind.Pointer, "ptr", die.Unsigned(DwarfSlot.ByteSize) ?? die.Unit.Encoding.AddressSize);
            case DwarfTags.DW_TAG_reference_type:
                return Derived(die, depth, AbiTypeKind.Reference, "ref", die.Unsigned(DwarfSlot.ByteSize) ?? die.Unit.Encoding.AddressSize);
            case DwarfTags.DW_TAG_rvalue_reference_type:
                return Derived(die, depth, AbiTypeKind.RvalueReference, "rref", die.Unsigned(DwarfSlot.ByteSize) ?? die.Unit.Encoding.AddressSize);
            case DwarfTags.DW_TAG_const_type:
                return Derived(die, depth, AbiTypeKind.Const, "const", null);
            case DwarfTags.DW_TAG_immutable_type:
                return Derived(die, depth, AbiTypeKind.Const, "immutable", null);
            case DwarfTags.DW_TAG_volatile_type:
                return Derived(die, depth, AbiTypeKind.Volatile, "volatile", null);
            case DwarfTags.DW_TAG_restrict_type:
                return Derived(die, depth, AbiTypeKind.Restrict, "restrict", null);
            case DwarfTags.DW_TAG_atomic_type:
                return Derived(die, depth, AbiTypeKind.Atomic, "atomic", null);
            case DwarfTags.DW_TAG_packed_type or DwarfTags.DW_TAG_shared_type:
                // Pascal/UPC wrappers that do not change the C ABI view: the wrapped type.
                return TypeId(_context.Reference(die, DwarfSlot.Type), depth + 1);
            case DwarfTags.DW_TAG_typedef or DwarfTags.DW_TAG_template_alias:
                return Typedef(die, depth);
            case DwarfTags.DW_TAG_array_type:
                return Array(die, depth);
            case DwarfTags.DW_TAG_subroutine_type:
                return FunctionType(die, depth);
            case DwarfTags.DW_TAG_ptr_to_member_type:
                return MemberPointer(die, depth);
            case DwarfTags.DW_TAG_structure_type or DwarfTags.DW_TAG_class_type or DwarfTags.DW_TAG_union_type or DwarfTags.DW_TAG_interface_type
                or DwarfTags.DW_TAG_enumeration_type:
                return Aggregate(die, depth);
            default:
                _context.Damage(die.Unit, die.Offset, DiagnosticCodes.DwarfBadType, $"a type reference points at a DIE with tag 0x{die.Tag:x}, not a type");
                return Unknown();
        }
    }

    private string Derived(DwarfDie die, int depth, AbiTypeKind kind, string prefix, ulong? size)
    {
        string target = TypeId(_context.Reference(die, DwarfSlot.Type), depth + 1);
        return Define(new AbiType
        {
            Id = $"{prefix}({target})",
            Kind = kind,
            Name = Spell(kind, target),
            Size = size,
            Target = target,
            Alignment = die.Unsigned(DwarfSlot.Alignment),
        });
    }

    private string Typedef(DwarfDie die, int depth)
    {
        string target = TypeId(_context.Reference(die, DwarfSlot.Type), depth + 1);
        string name = QualifiedName(die, null);
        return Merge(new AbiType
        {
            Id = "typedef " + name,
            Kind = AbiTypeKind.Typedef,
            Name = name,
            Target = target,
            DeclFile = DeclFile(die),
            DeclLine = DeclLine(die),
        });
    }

    /// <summary>
    /// DW_TAG_array_type with one DW_TAG_subrange_type per dimension (count, or upper_bound −
    /// lower_bound + 1); <c>int[2][3]</c> becomes <c>array(array(int;3);2)</c>, each level a type.
    /// A missing or non-constant bound (flexible or variable-length arrays) gives no count.
    /// </summary>
    private string Array(DwarfDie die, int depth)
    {
        ulong elementRef = _context.Reference(die, DwarfSlot.Type);
        string id = TypeId(elementRef, depth + 1);
        ulong? size = SizeOf(elementRef);
        bool vector = die.Flag(DwarfSlot.GnuVector);
        var counts = new List<ulong?>();
        foreach (var range in Children(die))
        {
            if (range.Tag is DwarfTags.DW_TAG_subrange_type or DwarfTags.DW_TAG_generic_subrange)
            {
                counts.Add(Count(range));
            }
        }

        if (counts.Count == 0)
        {
            counts.Add(null);
        }

        for (int i = counts.Count - 1; i >= 0; i--)
        {
            ulong? count = counts[i];
            size = size is { } s && count is { } c && (c == 0 || s <= ulong.MaxValue / c) ? s * c : null;
            if (i == 0 && die.Unsigned(DwarfSlot.ByteSize) is { } stated)
            {
                size = stated;
            }

            string countText = count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            id = Define(new AbiType
            {
                Id = $"{(vector ? "vector" : "array")}({id};{countText})",
                Kind = AbiTypeKind.Array,
                Name = SpellArray(id, countText, vector, size),
                Size = size,
                Count = count,
                Target = id,
            });
        }

        return id;
    }

    private static ulong? Count(DwarfDie range)
    {
        if (range.TryGet(DwarfSlot.Count, out var count) && count.IsConstant)
        {
            long c = Bound(count);
            return c < 0 ? null : (ulong)c;
        }

        if (!range.TryGet(DwarfSlot.UpperBound, out var upper) || !upper.IsConstant)
        {
            return null;
        }

        // A bound of -1 is how compilers write "no upper bound" (a flexible array member).
        long hi = Bound(upper);
        long lo = range.TryGet(DwarfSlot.LowerBound, out var lower) && lower.IsConstant ? Bound(lower) : 0;
        return hi == -1 || hi < lo - 1 ? null : (ulong)(hi - lo + 1);
    }

    /// <summary>
    /// A bound's value: gcc writes bounds in the smallest data form (255 as data1), so narrow forms
    /// are unsigned; an all-ones data4 or data8 is the -1 some producers write for "unknown".
    /// </summary>
    private static long Bound(DwarfValue v) => v.Form switch
    {
        DwarfForms.DW_FORM_data4 when v.Value == uint.MaxValue => -1,
        DwarfForms.DW_FORM_data8 or DwarfForms.DW_FORM_sdata or DwarfForms.DW_FORM_implicit_const => unchecked((long)v.Value),
        _ => v.Value > long.MaxValue ? -1 : (long)v.Value,
    };

    private string FunctionType(DwarfDie die, int depth)
    {
        string returns = TypeId(_context.Reference(die, DwarfSlot.Type), depth + 1);
        var parameters = new List<string>();
        bool variadic = false;
        foreach (var p in Children(die))
        {
            if (p.Tag == DwarfTags.DW_TAG_unspecified_parameters)
            {
                variadic = true;
            }
            else if (p.Tag == DwarfTags.DW_TAG_formal_parameter)
            {
                parameters.Add(TypeId(_context.Reference(p, DwarfSlot.Type), depth + 1));
            }
        }

        string? convention = CallingConvention(die.Unsigned(DwarfSlot.CallingConvention));
        string list = string.Join(",", parameters) + (variadic ? (parameters.Count > 0 ? ",..." : "...") : string.Empty);
        return Define(new AbiType
        {
            Id = $"fn{(convention is null ? string.Empty : "[" + convention + "]")}({returns};{list})",
            Kind = AbiTypeKind.Function,
            Name = $"{NameOf(returns)} ({string.Join(", ", parameters.Select(NameOf))}{(variadic ? (parameters.Count > 0 ? ", ..." : "...") : string.Empty)})",
            Target = returns == "void" ? null : returns,
            Parameters = parameters,
            Variadic = variadic,
            CallingConvention = convention,
        });
    }

    private string MemberPointer(DwarfDie die, int depth)
    {
        string member = TypeId(_context.Reference(die, DwarfSlot.Type), depth + 1);
        string owner = TypeId(_context.Reference(die, DwarfSlot.ContainingType), depth + 1);
        bool function = KindOf(member) == AbiTypeKind.Function;
        return Define(new AbiType
        {
            Id = $"memptr({owner};{member})",
            Kind = AbiTypeKind.MemberPointer,
            Name = SpellMemberPointer(owner, member, function),
            // Itanium C++ ABI 2.3: a data member pointer is one offset, a member function pointer two words.
            Size = die.Unsigned(DwarfSlot.ByteSize) ?? (ulong)(die.Unit.Encoding.AddressSize * (function ? 2 : 1)),
            Target = member,
            ContainingType = owner,
        });
    }
}

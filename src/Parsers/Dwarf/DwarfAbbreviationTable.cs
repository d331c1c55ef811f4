using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// A parsed abbreviation table (<c>.debug_abbrev</c> at a unit's debug_abbrev_offset): codes map
/// to declarations through a dense array (compilers number them 1..n) or, for sparse codes, a
/// dictionary. The attribute specifications of all declarations sit in one flat array.
/// </summary>
internal sealed class DwarfAbbreviationTable
{
    private readonly DwarfAbbreviation?[] _dense;
    private readonly Dictionary<ulong, DwarfAbbreviation>? _sparse;

    private DwarfAbbreviationTable(DwarfAbbreviation?[] dense, Dictionary<ulong, DwarfAbbreviation>? sparse, DwarfAttributeSpec[] specs)
    {
        _dense = dense;
        _sparse = sparse;
        Specs = specs;
    }

    public DwarfAttributeSpec[] Specs { get; }

    public DwarfAbbreviation? Get(ulong code)
    {
        if (code < (ulong)_dense.Length)
        {
            return _dense[code];
        }

        return _sparse is not null && _sparse.TryGetValue(code, out var a) ? a : null;
    }

    /// <summary>
    /// Parses the table at <paramref name="offset"/>; fixed sizes are computed for units with
    /// <paramref name="encoding"/>. Null when the table is malformed (an error names where).
    /// </summary>
    /// <remarks><paramref name="scratch"/> is reused between tables (a file's units each have one) and left empty.</remarks>
    public static DwarfAbbreviationTable? Parse(ByteReader r, ulong offset, DwarfEncoding encoding, List<DwarfAttributeSpec> scratch, out string? error)
    {
        scratch.Clear();
        var table = ParseInto(r, offset, encoding, scratch, out error);
        scratch.Clear();
        return table;
    }

    private static DwarfAbbreviationTable? ParseInto(ByteReader r, ulong offset, DwarfEncoding encoding, List<DwarfAttributeSpec> specs, out string? error)
    {
        error = null;
        ulong end = (ulong)r.Length;
        if (offset >= end)
        {
            error = $"debug_abbrev_offset 0x{offset:x} lies outside .debug_abbrev ({end} bytes).";
            return null;
        }

        var list = new List<(ulong Code, DwarfAbbreviation Abbrev)>();
        ulong pos = offset;
        ulong maxCode = 0;
        while (true)
        {
            if (!r.TryReadUleb128(ref pos, end, out ulong code))
            {
                error = $"Abbreviation table at 0x{offset:x} runs past .debug_abbrev.";
                return null;
            }

            if (code == 0)
            {
                break;
            }

            if (!r.TryReadUleb128(ref pos, end, out ulong tag) || !r.TryReadUInt8(pos++, out byte children) || tag > ushort.MaxValue)
            {
                error = $"Abbreviation {code} at 0x{pos:x} is truncated or has tag out of range.";
                return null;
            }

            int first = specs.Count;
            int fixedSize = 0;
            ulong slots = 0;
            while (true)
            {
                if (!r.TryReadUleb128(ref pos, end, out ulong name) || !r.TryReadUleb128(ref pos, end, out ulong form))
                {
                    error = $"Abbreviation {code} at 0x{pos:x} has a truncated attribute list.";
                    return null;
                }

                if (name == 0 && form == 0)
                {
                    break;
                }

                long implicitConst = 0;
                if (form == DwarfForms.DW_FORM_implicit_const && !r.TryReadSleb128(ref pos, end, out implicitConst))
                {
                    error = $"Abbreviation {code} at 0x{pos:x} has a truncated implicit constant.";
                    return null;
                }

                if (name > ushort.MaxValue || form > ushort.MaxValue)
                {
                    error = $"Abbreviation {code} has attribute 0x{name:x} or form 0x{form:x} out of range.";
                    return null;
                }

                int size = DwarfFormSizes.Fixed((ushort)form, encoding);
                fixedSize = size < 0 || fixedSize < 0 ? -1 : fixedSize + size;
                var slot = DwarfSlots.For((ushort)name);
                if (slot != DwarfSlot.None)
                {
                    slots |= 1UL << (int)slot;
                }

                specs.Add(new DwarfAttributeSpec((ushort)name, (ushort)form, slot, size, implicitConst));
            }

            list.Add((code, new DwarfAbbreviation { Tag = (ushort)tag, HasChildren = children != 0, First = first, Count = specs.Count - first, FixedSize = fixedSize, Slots = slots }));
            maxCode = Math.Max(maxCode, code);
        }

        // Dense when codes are mostly consecutive (they are 1..n from every compiler we know).
        bool dense = maxCode <= (ulong)(list.Count * 2) + 64;
        var array = new DwarfAbbreviation?[dense ? (int)maxCode + 1 : Math.Min(list.Count + 1, 256)];
        Dictionary<ulong, DwarfAbbreviation>? sparse = null;
        foreach (var (code, abbrev) in list)
        {
            if (code < (ulong)array.Length)
            {
                array[code] ??= abbrev;
            }
            else
            {
                sparse ??= [];
                sparse.TryAdd(code, abbrev);
            }
        }

        return new DwarfAbbreviationTable(array, sparse, specs.ToArray());
    }
}
